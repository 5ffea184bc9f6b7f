package org.oubli.erasure.job;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Subject;
import org.oubli.contracts.subject.SubjectIdentifiers;

/**
 * The identifiers of the subject, as stored in the job.
 *
 * @param email the verified address
 * @param accountId the account id, or {@code null}
 */
@PersonalData
public record JobSubject(String email, String accountId) {

	static JobSubject of(Subject subject) {
		return new JobSubject(subject.email().value(), subject.accountId());
	}

	SubjectIdentifiers identifiers() {
		return new SubjectIdentifiers(EmailAddress.of(this.email), this.accountId);
	}

	@Override
	public String toString() {
		return "JobSubject[redacted]";
	}

}
