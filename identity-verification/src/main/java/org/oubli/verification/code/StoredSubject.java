package org.oubli.verification.code;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/**
 * The subject as stored in a verification document, so that {@code IdentityVerified} can
 * name whom it verified. Never logged.
 *
 * @param email the normalised address
 * @param accountId the account id, or {@code null}
 * @param language the language the subject is written to in
 */
@PersonalData
record StoredSubject(String email, String accountId, Language language) {

	static StoredSubject of(Subject subject) {
		return new StoredSubject(subject.email().value(), subject.accountId(), subject.language());
	}

	Subject toSubject() {
		return new Subject(EmailAddress.of(this.email), this.accountId, this.language);
	}

	@Override
	public String toString() {
		return "StoredSubject[redacted]";
	}

}
