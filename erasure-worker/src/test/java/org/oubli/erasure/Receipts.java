package org.oubli.erasure;

import java.time.Instant;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;

/** The receipt a well-behaved system gives for an instruction. */
public final class Receipts {

	private Receipts() {
	}

	public static ErasureReceipt honouring(ErasureInstruction instruction, Instant completedAt) {
		return new ErasureReceipt(instruction.requestId(), instruction.systemId(), instruction.idempotencyKey(),
				completedAt, instruction.categories().stream().map(Receipts::outcomeOf).toList());
	}

	private static CategoryOutcome outcomeOf(CategoryInstruction category) {
		return switch (category.action()) {
			case ERASE -> CategoryOutcome.erased(category.category(), 2);
			case ANONYMISE -> CategoryOutcome.anonymised(category.category(), category.technique(), 1);
			case RETAIN ->
				CategoryOutcome.retained(category.category(), category.legalBasis(), category.retainUntil(), 3);
		};
	}

}
