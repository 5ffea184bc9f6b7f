package org.oubli.demo.connector.testing;

import java.util.List;
import java.util.UUID;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.SubjectIdentifiers;

/** The demo people as data subjects, and erasure instructions for them. */
public final class SubjectMother {

	private SubjectMother() {
	}

	public static SubjectIdentifiers camille() {
		return new SubjectIdentifiers(EmailAddress.of("camille.martin@example.fr"), "acc-1001");
	}

	public static SubjectIdentifiers lucas() {
		return new SubjectIdentifiers(EmailAddress.of("lucas.bernard@example.fr"), "acc-1002");
	}

	public static SubjectIdentifiers lucasByEmailOnly() {
		return new SubjectIdentifiers(EmailAddress.of("lucas.bernard@example.fr"), null);
	}

	public static SubjectIdentifiers lea() {
		return new SubjectIdentifiers(EmailAddress.of("lea.dubois@example.fr"), "acc-1003");
	}

	public static SubjectIdentifiers hugoByEmailOnly() {
		return new SubjectIdentifiers(EmailAddress.of("hugo.moreau@example.fr"), null);
	}

	/** Somebody no demo system knows. */
	public static SubjectIdentifiers stranger() {
		return new SubjectIdentifiers(EmailAddress.of("personne.inconnue@example.fr"), null);
	}

	/** Somebody who claims Lucas's account under their own address. */
	public static SubjectIdentifiers strangerClaimingLucasAccount() {
		return new SubjectIdentifiers(EmailAddress.of("personne.inconnue@example.fr"), "acc-1002");
	}

	/** An instruction of a new request, as the erasure worker builds it. */
	public static ErasureInstruction instruction(String systemId, SubjectIdentifiers subject,
			List<CategoryInstruction> categories) {
		String requestId = UUID.randomUUID().toString();
		return new ErasureInstruction(requestId, systemId, ErasureInstruction.idempotencyKeyOf(requestId, systemId),
				subject, categories);
	}

}
