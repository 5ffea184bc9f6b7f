package org.oubli.intake.cases;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/**
 * The data subject as stored in the case: the case owner's data, kept to reach them and
 * to tell the systems whom to look up. Never logged, never shown by the API.
 *
 * @param email the normalised email address
 * @param accountId the platform account id, or {@code null}
 * @param language the language the subject is written to in
 */
@PersonalData
public record CaseSubject(String email, String accountId, Language language) {

	public static CaseSubject of(Subject subject) {
		return new CaseSubject(subject.email().value(), subject.accountId(), subject.language());
	}

	public Subject toSubject() {
		return new Subject(EmailAddress.of(this.email), this.accountId, this.language);
	}

	@Override
	public String toString() {
		return "CaseSubject[redacted, language=" + this.language + "]";
	}

}
