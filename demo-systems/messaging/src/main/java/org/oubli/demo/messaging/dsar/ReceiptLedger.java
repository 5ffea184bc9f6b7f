package org.oubli.demo.messaging.dsar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.demo.messaging.MessagingApplication;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} collection: one entry per idempotency key, opened when an
 * instruction first arrives, filled category by category, closed with the receipt and, in
 * the same single-document write, the {@code SystemErasureReported} event in its outbox.
 * So the receipt is published exactly when the entry is closed, even if the process dies
 * right after, and a repeat never acts twice nor reports twice.
 */
@Component
class ReceiptLedger {

	static final String COLLECTION = "dsar-receipts";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	ReceiptLedger(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * The entry of an idempotency key, if any.
	 * @throws PoisonMessageException if the key was used for a different instruction
	 */
	Optional<LedgerEntry> find(String idempotencyKey, String fingerprint) {
		LedgerEntry entry = this.mongo.findById(idempotencyKey, LedgerEntry.class);
		if (entry != null && !entry.fingerprint().equals(fingerprint)) {
			throw new PoisonMessageException("Idempotency key already used for a different instruction");
		}
		return Optional.ofNullable(entry);
	}

	/**
	 * Opens the entry of an instruction, or returns the one a concurrent delivery opened.
	 */
	LedgerEntry open(ErasureInstruction instruction, String fingerprint, Set<String> accountIds, String eventId,
			Instant now) {
		LedgerEntry entry = new LedgerEntry(instruction.idempotencyKey(), instruction.requestId(), fingerprint,
				LedgerEntry.Status.IN_PROGRESS, List.copyOf(accountIds), List.of(), null, now, List.of(eventId));
		try {
			this.mongo.insert(entry);
			return entry;
		}
		catch (DuplicateKeyException ex) {
			return find(instruction.idempotencyKey(), fingerprint).orElseThrow(() -> ex);
		}
	}

	/** Notes that an event carried an instruction already known under its key. */
	void markRepeated(String idempotencyKey, String eventId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(idempotencyKey)),
				ProcessedEvents.markProcessed(new Update(), eventId), LedgerEntry.class);
	}

	/** Records the outcome of one category, unless one is already recorded. */
	void record(String idempotencyKey, CategoryOutcome outcome) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(idempotencyKey).and("outcomes.category").ne(outcome.category())),
				new Update().push("outcomes", outcome), LedgerEntry.class);
	}

	/**
	 * Closes the entry with its receipt (outcomes in the order of the instruction),
	 * forgets the account ids and puts the {@code SystemErasureReported} event in the
	 * outbox, all in one write. If another delivery closed it first, nothing more
	 * happens.
	 * @param instruction the instruction
	 * @param cause the event that carried it
	 * @param now the time of completion
	 * @return whether this call closed the entry
	 */
	boolean complete(ErasureInstruction instruction, EventEnvelope cause, Instant now) {
		LedgerEntry entry = this.mongo.findById(instruction.idempotencyKey(), LedgerEntry.class);
		if (entry.completed()) {
			return false;
		}
		List<CategoryOutcome> outcomes = instruction.categories()
			.stream()
			.map((category) -> entry.outcomeOf(category.category())
				.orElseThrow(() -> new IllegalStateException("No outcome for " + category.category())))
			.toList();
		ErasureReceipt receipt = new ErasureReceipt(instruction.requestId(), MessagingApplication.SYSTEM_ID,
				instruction.idempotencyKey(), now, outcomes);
		EventEnvelope report = EventEnvelope.wrap(new SystemErasureReported(instruction.requestId(), receipt), cause,
				MessagingApplication.SERVICE_NAME, now);
		Update update = new Update().set("status", LedgerEntry.Status.COMPLETED)
			.set("receipt", receipt)
			.unset("accountIds");
		ProcessedEvents.markProcessed(update, cause.eventId());
		this.outbox.append(update, report);
		return this.mongo.updateFirst(Query.query(Criteria.where("_id")
			.is(instruction.idempotencyKey())
			.and("status")
			.is(LedgerEntry.Status.IN_PROGRESS)), update, LedgerEntry.class).getModifiedCount() > 0;
	}

}
