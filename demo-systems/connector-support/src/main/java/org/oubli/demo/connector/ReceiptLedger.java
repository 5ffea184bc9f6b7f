package org.oubli.demo.connector;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.web.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} collection: one entry per idempotency key, opened when an
 * instruction first arrives, filled category by category, closed with the receipt and, in
 * the same single-document write, the events that report it (see {@link Delivery}). Every
 * step is a single-document atomic write, so a repeat or a retry after a crash never acts
 * twice on a category, always ends with the same receipt and never reports twice.
 */
@Component
class ReceiptLedger {

	static final String COLLECTION = "dsar-receipts";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final ConnectedSystem system;

	ReceiptLedger(MongoTemplate mongo, Outbox outbox, ConnectedSystem system) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.system = system;
	}

	/**
	 * The entry of an idempotency key, if any.
	 * @throws ConflictException if the key was used for a different instruction
	 */
	Optional<LedgerEntry> find(String idempotencyKey, String fingerprint) {
		LedgerEntry entry = this.mongo.findById(idempotencyKey, LedgerEntry.class);
		if (entry != null && !entry.fingerprint().equals(fingerprint)) {
			throw new ConflictException("idempotency-key-reused",
					"This " + ConnectorHeaders.IDEMPOTENCY_KEY + " was already used for a different instruction");
		}
		return Optional.ofNullable(entry);
	}

	/** Opens the entry of an instruction, or returns the one a concurrent call opened. */
	LedgerEntry open(ErasureInstruction instruction, String fingerprint, Set<String> accountIds, Delivery delivery,
			Instant now) {
		List<String> eventIds = delivery.reportsByEvent() ? List.of(delivery.eventId()) : null;
		LedgerEntry entry = new LedgerEntry(instruction.idempotencyKey(), instruction.requestId(), fingerprint,
				LedgerEntry.Status.IN_PROGRESS, List.copyOf(accountIds), List.of(), null, now, eventIds);
		try {
			this.mongo.insert(entry);
			return entry;
		}
		catch (DuplicateKeyException ex) {
			return find(instruction.idempotencyKey(), fingerprint).orElseThrow(() -> ex);
		}
	}

	/**
	 * Notes the event that carried an instruction already known under its key. A new
	 * event (Oubli chasing an answer it never got) is answered with the stored receipt
	 * again, in the same write; the same event delivered twice changes nothing.
	 * @return whether a report was queued in the outbox
	 */
	boolean markRepeated(String idempotencyKey, Delivery delivery, Instant now) {
		if (!delivery.reportsByEvent()) {
			return false;
		}
		ErasureReceipt receipt = receiptOf(idempotencyKey);
		Update update = ProcessedEvents.markProcessed(new Update(), delivery.eventId());
		if (receipt != null) {
			this.outbox.append(update, delivery.reports(receipt, this.system.serviceName(), now));
		}
		boolean firstTime = this.mongo
			.updateFirst(Query
				.query(ProcessedEvents.notYetProcessed(Criteria.where("_id").is(idempotencyKey), delivery.eventId())),
					update, LedgerEntry.class)
			.getModifiedCount() > 0;
		return firstTime && receipt != null;
	}

	/** Records the outcome of one category, unless one is already recorded. */
	void record(String idempotencyKey, CategoryOutcome outcome) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(idempotencyKey).and("outcomes.category").ne(outcome.category())),
				new Update().push("outcomes", outcome), LedgerEntry.class);
	}

	/**
	 * Closes the entry with its receipt (outcomes in the order of the instruction),
	 * forgets the account ids and, for an event, marks it processed and puts the report
	 * in the outbox, all in one write. If another call closed it first, nothing more
	 * happens.
	 * @param instruction the instruction
	 * @param delivery how it came
	 * @param now the time of completion
	 * @return whether this call closed the entry
	 */
	boolean complete(ErasureInstruction instruction, Delivery delivery, Instant now) {
		LedgerEntry entry = this.mongo.findById(instruction.idempotencyKey(), LedgerEntry.class);
		if (entry.completed()) {
			return false;
		}
		List<CategoryOutcome> outcomes = instruction.categories()
			.stream()
			.map((category) -> entry.outcomeOf(category.category())
				.orElseThrow(() -> new IllegalStateException("No outcome for " + category.category())))
			.toList();
		ErasureReceipt receipt = new ErasureReceipt(instruction.requestId(), this.system.systemId(),
				instruction.idempotencyKey(), now, outcomes);
		Update update = new Update().set("status", LedgerEntry.Status.COMPLETED)
			.set("receipt", receipt)
			.unset("accountIds");
		if (delivery.reportsByEvent()) {
			ProcessedEvents.markProcessed(update, delivery.eventId());
		}
		this.outbox.append(update, delivery.reports(receipt, this.system.serviceName(), now));
		return this.mongo.updateFirst(Query.query(Criteria.where("_id")
			.is(instruction.idempotencyKey())
			.and("status")
			.is(LedgerEntry.Status.IN_PROGRESS)), update, LedgerEntry.class).getModifiedCount() > 0;
	}

	/** The receipt stored for a completed key. */
	ErasureReceipt receiptOf(String idempotencyKey) {
		return this.mongo.findById(idempotencyKey, LedgerEntry.class).receipt();
	}

}
