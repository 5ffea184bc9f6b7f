package org.oubli.demo.profiles.dsar;

import java.util.List;
import java.util.UUID;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.SubjectIdentifiers;

/** Named subjects and instructions of the demo data. */
final class SubjectMother {

	private SubjectMother() {
	}

	static SubjectIdentifiers camille() {
		return new SubjectIdentifiers(EmailAddress.of("camille.martin@example.fr"), "acc-1001");
	}

	static SubjectIdentifiers hugoByEmailOnly() {
		return new SubjectIdentifiers(EmailAddress.of("hugo.moreau@example.fr"), null);
	}

	static SubjectIdentifiers lea() {
		return new SubjectIdentifiers(EmailAddress.of("lea.dubois@example.fr"), "acc-1003");
	}

	static SubjectIdentifiers stranger() {
		return new SubjectIdentifiers(EmailAddress.of("personne.inconnue@example.fr"), null);
	}

	/** Somebody who claims Lucas's account under their own address. */
	static SubjectIdentifiers strangerClaimingLucasAccount() {
		return new SubjectIdentifiers(EmailAddress.of("personne.inconnue@example.fr"), "acc-1002");
	}

	/**
	 * The instruction the erasure worker sends to profiles: erase all four categories.
	 */
	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return instruction(subject, List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("contact"),
				CategoryInstruction.erase("photo"), CategoryInstruction.erase("listings")));
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		String requestId = UUID.randomUUID().toString();
		return new ErasureInstruction(requestId, "profiles", ErasureInstruction.idempotencyKeyOf(requestId, "profiles"),
				subject, categories);
	}

}
