package org.oubli.notification;

import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;

/** Named subjects for tests: the demo users, at an address a test can tell apart. */
public final class SubjectMother {

	private SubjectMother() {
	}

	public static Subject camille() {
		return camille("camille.martin@example.fr");
	}

	/** Camille, writing in French, at a given address. */
	public static Subject camille(String email) {
		return new Subject(EmailAddress.of(email), "acc-1001", Language.FR);
	}

	/** Lucas, writing in English, at a given address. */
	public static Subject lucasInEnglish(String email) {
		return new Subject(EmailAddress.of(email), "acc-1002", Language.EN);
	}

	public static Subject lucasInEnglish() {
		return lucasInEnglish("lucas.bernard@example.fr");
	}

	/** An address no other test uses, so that its mail can be told apart. */
	public static String uniqueAddress(String name) {
		return name + "+" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "@example.fr";
	}

}
