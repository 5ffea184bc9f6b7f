package org.oubli.erasure;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/** Demo subjects (the same people live in every demo system). */
public final class SubjectMother {

	private SubjectMother() {
	}

	public static Subject camille() {
		return new Subject(EmailAddress.of("camille.martin@example.fr"), "acc-1001", Language.FR);
	}

	public static Subject lucas() {
		return new Subject(EmailAddress.of("lucas.bernard@example.fr"), "acc-1002", Language.EN);
	}

	public static Subject leaWithoutAccount() {
		return new Subject(EmailAddress.of("lea.dubois@example.fr"), null, Language.FR);
	}

}
