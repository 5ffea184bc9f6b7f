package org.oubli.contracts.subject;

import org.oubli.contracts.PersonalData;

/**
 * The identifiers a data-holding system is asked to look a subject up by.
 *
 * @param email the subject's verified email address
 * @param accountId the platform account id, or {@code null}
 */
@PersonalData
public record SubjectIdentifiers(EmailAddress email, String accountId) {

	public static SubjectIdentifiers of(Subject subject) {
		return new SubjectIdentifiers(subject.email(), subject.accountId());
	}

	@Override
	public String toString() {
		return "SubjectIdentifiers[redacted]";
	}

}
