package org.oubli.demo.payments.dsar;

import java.time.LocalDate;
import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.demo.payments.PaymentsApplication;

/** Erasure instructions for payments (subjects from {@link SubjectMother}). */
final class InstructionMother {

	static final String LEGAL_BASIS = "Code de commerce, art. L123-22";

	static final LocalDate RETAIN_UNTIL = LocalDate.of(2036, 11, 22);

	private InstructionMother() {
	}

	/** The instruction the erasure worker sends to payments. */
	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return instruction(subject,
				List.of(CategoryInstruction.retain("invoices", LEGAL_BASIS, RETAIN_UNTIL),
						CategoryInstruction.erase("stored-cards"),
						CategoryInstruction.anonymise("customer-record", "placeholder"),
						CategoryInstruction.anonymise("billing-address", "generalise")));
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		return SubjectMother.instruction(PaymentsApplication.SYSTEM_ID, subject, categories);
	}

}
