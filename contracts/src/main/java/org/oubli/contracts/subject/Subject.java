package org.oubli.contracts.subject;

import org.oubli.contracts.PersonalData;

/**
 * Who a request is about and how to reach them: the identifiers data-holding systems
 * understand.
 *
 * @param email the address the subject gave and verified
 * @param accountId the platform account id, if the subject gave one
 * @param language the language the subject is written to in
 */
@PersonalData
public record Subject(EmailAddress email, String accountId, Language language) {

	@Override
	public String toString() {
		return "Subject[redacted, language=" + this.language + "]";
	}

}
