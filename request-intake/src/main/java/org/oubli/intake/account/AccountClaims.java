package org.oubli.intake.account;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.EmailAddress;

/**
 * Who a verified account token speaks for.
 *
 * @param accountId the platform account id ({@code sub})
 * @param email the account's email address ({@code email})
 */
@PersonalData
record AccountClaims(String accountId, EmailAddress email) {

	@Override
	public String toString() {
		return "AccountClaims[redacted]";
	}

}
