package org.oubli.demo.payments.dsar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.SubjectIdentifiers;

/** Named subjects and instructions of the demo data. */
final class SubjectMother {

	static final String LEGAL_BASIS = "Code de commerce, art. L123-22";

	static final LocalDate RETAIN_UNTIL = LocalDate.of(2036, 11, 22);

	private SubjectMother() {
	}

	static SubjectIdentifiers camille() {
		return new SubjectIdentifiers(EmailAddress.of("camille.martin@example.fr"), "acc-1001");
	}

	static SubjectIdentifiers lucasByEmailOnly() {
		return new SubjectIdentifiers(EmailAddress.of("lucas.bernard@example.fr"), null);
	}

	static SubjectIdentifiers lea() {
		return new SubjectIdentifiers(EmailAddress.of("lea.dubois@example.fr"), "acc-1003");
	}

	static SubjectIdentifiers stranger() {
		return new SubjectIdentifiers(EmailAddress.of("personne.inconnue@example.fr"), null);
	}

	/** The instruction the erasure worker sends to payments. */
	static ErasureInstruction eraseEverything(SubjectIdentifiers subject) {
		return instruction(subject,
				List.of(CategoryInstruction.retain("invoices", LEGAL_BASIS, RETAIN_UNTIL),
						CategoryInstruction.erase("stored-cards"),
						CategoryInstruction.anonymise("customer-record", "placeholder")));
	}

	static ErasureInstruction instruction(SubjectIdentifiers subject, List<CategoryInstruction> categories) {
		String requestId = UUID.randomUUID().toString();
		return new ErasureInstruction(requestId, "payments", ErasureInstruction.idempotencyKeyOf(requestId, "payments"),
				subject, categories);
	}

}
