package org.oubli.demo.messaging.dsar;

import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.demo.messaging.MessagingApplication;

/** Erasure instructions for messaging (subjects from {@link SubjectMother}). */
final class InstructionMother {

	private InstructionMother() {
	}

	/** The instruction the erasure worker sends to messaging. */
	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return instruction(subject,
				List.of(CategoryInstruction.erase("messages"), CategoryInstruction.erase("chat-logs")));
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		return SubjectMother.instruction(MessagingApplication.SYSTEM_ID, subject, categories);
	}

}
