package org.oubli.demo.connector;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureReceipt;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this system did for one idempotency key. Holds no personal data once completed:
 * the account ids are only kept while the work is in progress, so that a retry or a
 * redelivery after a crash acts on the same accounts. An entry closed for an event also
 * holds, in its {@code outbox}, the receipt event until the relay has published it.
 *
 * @param idempotencyKey the key of the instruction
 * @param requestId the request
 * @param fingerprint digest of the instruction, to refuse a different one under the same
 * key
 * @param status in progress or completed
 * @param accountIds the subject's accounts, while in progress
 * @param outcomes one per category done so far
 * @param receipt the receipt, once completed
 * @param startedAt when the instruction first arrived
 * @param processedEventIds the {@code ErasureRequested} events that carried the
 * instruction, or {@code null} when it came over HTTP
 */
@Document(ReceiptLedger.COLLECTION)
record LedgerEntry(@Id String idempotencyKey, String requestId, String fingerprint, Status status,
		List<String> accountIds, List<CategoryOutcome> outcomes, ErasureReceipt receipt, Instant startedAt,
		List<String> processedEventIds) {

	enum Status {

		IN_PROGRESS, COMPLETED

	}

	boolean completed() {
		return this.status == Status.COMPLETED;
	}

	Optional<CategoryOutcome> outcomeOf(String category) {
		return (this.outcomes != null)
				? this.outcomes.stream().filter((outcome) -> outcome.category().equals(category)).findFirst()
				: Optional.empty();
	}

}
