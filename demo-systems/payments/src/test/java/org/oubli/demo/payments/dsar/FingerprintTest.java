package org.oubli.demo.payments.dsar;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

	@Test
	void anEqualInstructionHasTheSameFingerprint() {
		ErasureInstruction instruction = SubjectMother.eraseEverything(SubjectMother.camille());
		ErasureInstruction copy = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), SubjectMother.camille(), List.copyOf(instruction.categories()));

		assertThat(Fingerprint.of(copy)).isEqualTo(Fingerprint.of(instruction)).hasSize(64);
	}

	@Test
	void aDifferentSubjectOrCategoryChangesTheFingerprint() {
		ErasureInstruction instruction = SubjectMother.eraseEverything(SubjectMother.camille());
		ErasureInstruction otherSubject = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), SubjectMother.lea(), instruction.categories());
		ErasureInstruction fewerCategories = new ErasureInstruction(instruction.requestId(), instruction.systemId(),
				instruction.idempotencyKey(), instruction.subject(), List.of(CategoryInstruction.erase("photo")));

		assertThat(Fingerprint.of(otherSubject)).isNotEqualTo(Fingerprint.of(instruction));
		assertThat(Fingerprint.of(fewerCategories)).isNotEqualTo(Fingerprint.of(instruction));
	}

}
