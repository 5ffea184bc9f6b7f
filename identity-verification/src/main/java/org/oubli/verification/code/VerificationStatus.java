package org.oubli.verification.code;

/** Where a request's verification stands. */
public enum VerificationStatus {

	/** A code was issued and may still be submitted. */
	PENDING,
	/** The subject submitted the right code. */
	VERIFIED,
	/** Too many wrong codes: staff must review the request. */
	LOCKED,
	/**
	 * The code expired unused: {@code VerificationExpired} told staff, who will confirm
	 * the subject's identity another way.
	 */
	EXPIRED

}
