package org.oubli.verification.code;

/**
 * The answer to one submitted code.
 *
 * @param requestId the request
 * @param outcome what happened
 * @param attemptsLeft for {@link Outcome#WRONG_CODE}: how many tries remain
 */
public record VerificationResult(String requestId, Outcome outcome, int attemptsLeft) {

	/** What a submitted code led to. */
	public enum Outcome {

		/**
		 * The code was right, or the request is verified already (then whatever code was
		 * submitted, unchecked).
		 */
		VERIFIED,
		/** The code was wrong; some attempts are left. */
		WRONG_CODE,
		/** The code is past its expiry; nothing was counted and staff are told. */
		EXPIRED,
		/** The attempts are used up; staff must review the request. */
		LOCKED,
		/** No verification exists for that request id, or the id is malformed. */
		NOT_FOUND

	}

	static VerificationResult of(String requestId, Outcome outcome) {
		return new VerificationResult(requestId, outcome, 0);
	}

	static VerificationResult wrongCode(String requestId, int attemptsLeft) {
		return new VerificationResult(requestId, Outcome.WRONG_CODE, attemptsLeft);
	}

}
