package org.oubli.verification.code;

/** Where a request's verification stands. */
public enum VerificationStatus {

	/**
	 * A code was issued and may still be submitted (or a new one asked for, if that one
	 * expired).
	 */
	PENDING,
	/** The code was right; a second data point on file is still to be confirmed. */
	AWAITING_DATA_POINT,
	/** Staff are to review the request and record an attestation. */
	AWAITING_REVIEW,
	/** The subject proved who they are (or staff attested it). */
	VERIFIED,
	/** Too many wrong codes or data points: staff must review the request. */
	LOCKED,
	/**
	 * The verification period ended unverified: {@code VerificationExpired}, and
	 * request-intake closes the case as unverified.
	 */
	EXPIRED,
	/** Staff reviewed the request and could not confirm it. */
	REJECTED

}
