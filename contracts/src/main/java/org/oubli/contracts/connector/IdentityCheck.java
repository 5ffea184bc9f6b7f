package org.oubli.contracts.connector;

import org.oubli.contracts.PersonalData;

/**
 * What Oubli asks a system for {@code POST /dsar/v1/identity-checks} (optional endpoint):
 * does the account of this (code-verified) email address hold this second data point? The
 * answer must not tell whether an account exists.
 *
 * @param requestId the request, for the system's own audit trail
 * @param email the address the subject proved they own
 * @param kind which data point the subject gave
 * @param value what the subject typed
 */
public record IdentityCheck(String requestId, @PersonalData String email, DataPointKind kind,
		@PersonalData String value) {

	/** The second data points a subject may give. */
	public enum DataPointKind {

		/** The phone number on file. */
		PHONE,
		/** The account id (customer number) on file. */
		ACCOUNT_ID

	}

	@Override
	public String toString() {
		return "IdentityCheck[" + this.requestId + ", " + this.kind + ", redacted]";
	}

}
