package org.oubli.verification.code;

/**
 * The answer to one submitted code, data point, new-code request or attestation.
 *
 * @param requestId the request
 * @param outcome what happened
 * @param attemptsLeft for {@link Outcome#WRONG_CODE} and
 * {@link Outcome#WRONG_DATA_POINT}: how many tries remain
 */
public record VerificationResult(String requestId, Outcome outcome, int attemptsLeft) {

	/** What a submission led to. */
	public enum Outcome {

		/**
		 * Verified now, or verified already (then whatever was submitted, unchecked).
		 */
		VERIFIED,
		/** The code was right; a second data point is now asked for. */
		DATA_POINT_REQUIRED,
		/** A data point was sent before the code was confirmed. */
		CODE_REQUIRED,
		/** The code was wrong; some attempts are left. */
		WRONG_CODE,
		/**
		 * The data point could not be confirmed (wrong value or no such account: the same
		 * answer); some attempts are left.
		 */
		WRONG_DATA_POINT,
		/**
		 * This code is past its expiry; nothing was counted; a new one may be asked for.
		 */
		CODE_EXPIRED,
		/** A new code was sent. */
		CODE_SENT,
		/** A new code was asked for too soon after the last one. */
		CODE_RECENTLY_SENT,
		/** No more codes may be sent for this request. */
		NO_MORE_CODES,
		/** The verification period ended unverified; the request is closed. */
		EXPIRED,
		/** The attempts are used up; staff must review the request. */
		LOCKED,
		/** This request is verified by staff, not by code. */
		AWAITING_REVIEW,
		/** Staff reviewed the request and could not confirm it. */
		REJECTED,
		/** The system that confirms data points did not answer; nothing was counted. */
		CHECK_UNAVAILABLE,
		/** No verification exists for that request id, or the id is malformed. */
		NOT_FOUND

	}

	static VerificationResult of(String requestId, Outcome outcome) {
		return new VerificationResult(requestId, outcome, 0);
	}

	static VerificationResult wrong(String requestId, Outcome outcome, int attemptsLeft) {
		return new VerificationResult(requestId, outcome, attemptsLeft);
	}

}
