package org.oubli.erasure.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.erasure.Receipts;
import org.oubli.erasure.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptValidatorTest {

	private static final String REQUEST = "4b1f7c9e-0d2a-4e55-8a61-93c0f7d2b8aa";

	private static final LocalDate UNTIL = LocalDate.parse("2036-03-10");

	private static final Instant DONE_AT = Instant.parse("2026-03-10T09:00:05Z");

	private final ErasureInstruction instruction = new ErasureInstruction(REQUEST, "payments",
			ErasureInstruction.idempotencyKeyOf(REQUEST, "payments"), SubjectIdentifiers.of(SubjectMother.camille()),
			List.of(CategoryInstruction.retain("invoices", "Code de commerce, art. L123-22", UNTIL),
					CategoryInstruction.erase("stored-cards"),
					CategoryInstruction.anonymise("customer-record", "placeholder")));

	private final ErasureReceipt valid = Receipts.honouring(this.instruction, DONE_AT);

	private static ErasureReceipt withOutcomes(ErasureReceipt receipt, CategoryOutcome... outcomes) {
		return new ErasureReceipt(receipt.requestId(), receipt.systemId(), receipt.idempotencyKey(),
				receipt.completedAt(), new ArrayList<>(List.of(outcomes)));
	}

	@Test
	void acceptsAReceiptThatHonoursTheInstruction() {
		assertThat(ReceiptValidator.problemsOf(this.instruction, this.valid)).isEmpty();
	}

	@Test
	void acceptsAReceiptWithoutIdempotencyKeyOrInAnotherOrder() {
		ErasureReceipt receipt = new ErasureReceipt(REQUEST, "payments", null, DONE_AT,
				List.of(this.valid.outcomes().get(2), this.valid.outcomes().get(0), this.valid.outcomes().get(1)));

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt)).isEmpty();
	}

	@Test
	void refusesNoReceiptAtAll() {
		assertThat(ReceiptValidator.problemsOf(this.instruction, null)).containsExactly("no receipt in the answer");
	}

	@Test
	void refusesAReceiptForAnotherRequestSystemOrKey() {
		ErasureReceipt receipt = new ErasureReceipt("another", "profiles", "another:profiles:erase", DONE_AT,
				this.valid.outcomes());

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt)).containsExactly(
				"receipt is for another request", "receipt is from another system",
				"receipt answers another idempotency key");
	}

	@Test
	void refusesAReceiptWithoutCompletionTimeOrOutcomes() {
		ErasureReceipt receipt = new ErasureReceipt(REQUEST, "payments", null, null, null);

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt)).containsExactly("completedAt is missing",
				"outcomes are missing");
	}

	@Test
	void refusesMissingDuplicateAndUninstructedCategories() {
		ErasureReceipt receipt = withOutcomes(this.valid, this.valid.outcomes().get(0), this.valid.outcomes().get(0),
				this.valid.outcomes().get(1), CategoryOutcome.erased("photos of camille.martin@example.fr", 1));

		// the system's own category names are never quoted: they end up in the case
		// timeline
		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt)).containsExactly(
				"category 'invoices' has more than one outcome", "category 'customer-record' has no outcome",
				"1 reported category was not instructed");
	}

	@Test
	void refusesAnOutcomeThatContradictsTheAction() {
		ErasureReceipt receipt = withOutcomes(this.valid, this.valid.outcomes().get(0),
				CategoryOutcome.anonymised("stored-cards", "placeholder", 1), this.valid.outcomes().get(2));

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt))
			.containsExactly("category 'stored-cards' was to be ERASED but is reported ANONYMISED");
	}

	@Test
	void refusesAnonymisationWithAnotherTechnique() {
		ErasureReceipt receipt = withOutcomes(this.valid, this.valid.outcomes().get(0), this.valid.outcomes().get(1),
				CategoryOutcome.anonymised("customer-record", "hashing", 1));

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt))
			.containsExactly("category 'customer-record' was anonymised with another technique than instructed");
	}

	@Test
	void refusesRetentionWithoutBasisOrBeyondTheInstructedDate() {
		ErasureReceipt noBasis = withOutcomes(this.valid, CategoryOutcome.retained("invoices", " ", UNTIL, 3),
				this.valid.outcomes().get(1), this.valid.outcomes().get(2));
		ErasureReceipt tooLong = withOutcomes(this.valid,
				CategoryOutcome.retained("invoices", "Code de commerce, art. L123-22", UNTIL.plusDays(1), 3),
				this.valid.outcomes().get(1), this.valid.outcomes().get(2));
		ErasureReceipt noEnd = withOutcomes(this.valid,
				CategoryOutcome.retained("invoices", "Code de commerce, art. L123-22", null, 3),
				this.valid.outcomes().get(1), this.valid.outcomes().get(2));

		assertThat(ReceiptValidator.problemsOf(this.instruction, noBasis))
			.containsExactly("category 'invoices' is retained without a legal basis");
		assertThat(ReceiptValidator.problemsOf(this.instruction, tooLong))
			.containsExactly("category 'invoices' is retained beyond the instructed date");
		assertThat(ReceiptValidator.problemsOf(this.instruction, noEnd))
			.containsExactly("category 'invoices' is retained without an end date");
	}

	@Test
	void refusesANegativeRecordCount() {
		ErasureReceipt receipt = withOutcomes(this.valid, this.valid.outcomes().get(0),
				CategoryOutcome.erased("stored-cards", -1), this.valid.outcomes().get(2));

		assertThat(ReceiptValidator.problemsOf(this.instruction, receipt))
			.containsExactly("category 'stored-cards' reports a negative record count");
	}

	@Test
	void problemsNeverQuoteTheSubject() {
		ErasureReceipt receipt = new ErasureReceipt("x", "y", "z", null, List.of());

		assertThat(String.join(" ", ReceiptValidator.problemsOf(this.instruction, receipt))).doesNotContain("camille",
				"acc-1001");
	}

}
