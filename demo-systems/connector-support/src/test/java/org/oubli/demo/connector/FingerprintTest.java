package org.oubli.demo.connector;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.demo.connector.testing.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

	@Test
	void anEqualInstructionHasTheSameFingerprint() {
		ErasureInstruction instruction = SubjectMother.instruction("profiles", SubjectMother.camille(),
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("photo")));
		ErasureInstruction copy = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), SubjectMother.camille(), List.copyOf(instruction.categories()));

		assertThat(Fingerprint.of(copy)).isEqualTo(Fingerprint.of(instruction)).hasSize(64);
	}

	@Test
	void aDifferentSubjectOrCategoryChangesTheFingerprint() {
		ErasureInstruction instruction = SubjectMother.instruction("profiles", SubjectMother.camille(),
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("photo")));
		ErasureInstruction otherSubject = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), SubjectMother.lea(), instruction.categories());
		ErasureInstruction fewerCategories = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), instruction.subject(), List.of(CategoryInstruction.erase("photo")));

		assertThat(Fingerprint.of(otherSubject)).isNotEqualTo(Fingerprint.of(instruction));
		assertThat(Fingerprint.of(fewerCategories)).isNotEqualTo(Fingerprint.of(instruction));
	}

}
