package org.oubli.demo.profiles.dsar;

import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.demo.profiles.ProfilesApplication;

/** Erasure instructions for profiles (subjects from {@link SubjectMother}). */
final class InstructionMother {

	private InstructionMother() {
	}

	/**
	 * The instruction the erasure worker sends to profiles: erase all four categories.
	 */
	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return instruction(subject,
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("contact"),
						CategoryInstruction.erase("photo"), CategoryInstruction.erase("listings"),
						CategoryInstruction.anonymise("connection-logs", "ip-truncation")));
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		return SubjectMother.instruction(ProfilesApplication.SYSTEM_ID, subject, categories);
	}

}
