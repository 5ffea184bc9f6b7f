package org.oubli.verification.code;

/**
 * How much proof a request needs before it is carried out (EDPB 01/2022 §§58-75: verify
 * only as far as the request warrants, reuse existing authentication).
 */
public enum VerificationLevel {

	/**
	 * The platform authenticated the user (channel {@code account}, signed token checked
	 * by request-intake): verified at once, no code.
	 */
	EXISTING_AUTHENTICATION("existing-authentication"),
	/** A one-time code sent to the address given. */
	EMAIL_CODE("email-code"),
	/**
	 * The code, then a second data point on file (phone number or account id) that the
	 * profiles system confirms without telling whether an account exists.
	 */
	EMAIL_CODE_AND_DATA_POINT("email-code+data-point"),
	/**
	 * Staff check the request (an authorized agent's mandate) and record an attestation;
	 * never an identity document image.
	 */
	MANUAL_REVIEW("manual-review");

	private final String method;

	VerificationLevel(String method) {
		this.method = method;
	}

	/** The {@code method} of {@code IdentityVerified} for this level. */
	public String method() {
		return this.method;
	}

}
