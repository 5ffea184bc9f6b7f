package org.oubli.demo.messaging.dsar;

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

	static SubjectIdentifiers lucas() {
		return new SubjectIdentifiers(EmailAddress.of("lucas.bernard@example.fr"), "acc-1002");
	}

	static SubjectIdentifiers lea() {
		return new SubjectIdentifiers(EmailAddress.of("lea.dubois@example.fr"), "acc-1003");
	}

	/** The instruction the erasure worker sends to messaging. */
	static ErasureInstruction eraseEverything(String requestId, SubjectIdentifiers subject) {
		return instruction(requestId, subject,
				List.of(CategoryInstruction.erase("messages"), CategoryInstruction.erase("chat-logs")));
	}

	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return eraseEverything(UUID.randomUUID().toString(), subject);
	}

	static ErasureInstruction instruction(String requestId, SubjectIdentifiers subject,
			List<CategoryInstruction> categories) {
		return new ErasureInstruction(requestId, "messaging",
				ErasureInstruction.idempotencyKeyOf(requestId, "messaging"), subject, categories);
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		return instruction(UUID.randomUUID().toString(), subject, categories);
	}

}
