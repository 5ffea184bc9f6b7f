package org.oubli.verification;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/** Named subjects for tests: the demo users. */
public final class SubjectMother {

	private SubjectMother() {
	}

	public static Subject camille() {
		return new Subject(EmailAddress.of("camille.martin@example.fr"), "acc-1001", Language.FR);
	}

	public static Subject lucasInEnglish() {
		return new Subject(EmailAddress.of("lucas.bernard@example.fr"), "acc-1002", Language.EN);
	}

}
