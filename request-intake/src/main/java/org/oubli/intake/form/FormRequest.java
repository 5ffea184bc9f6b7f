package org.oubli.intake.form;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;

/**
 * A form submission that passed every check, ready to open a case.
 *
 * @param type the right exercised
 * @param email the subject's address
 * @param accountId the account id, or {@code null}
 * @param phone the phone number as typed (trimmed), or {@code null}
 * @param country the country of residence, ISO 3166 alpha-2
 * @param details free text, or {@code null}
 * @param authorizedAgent whether an agent acts for the subject
 * @param language the page's language, used to write to the subject
 */
record FormRequest(RequestType type, EmailAddress email, @PersonalData String accountId, @PersonalData String phone,
		String country, @PersonalData String details, boolean authorizedAgent, Language language) {

	@Override
	public String toString() {
		return "FormRequest[redacted, type=" + this.type + ", country=" + this.country + "]";
	}

}
