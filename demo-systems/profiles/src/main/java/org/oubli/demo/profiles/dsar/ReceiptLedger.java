package org.oubli.demo.profiles.dsar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.demo.profiles.ProfilesApplication;
import org.oubli.kit.web.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} collection: one entry per idempotency key, opened when an
 * instruction first arrives, filled category by category, closed with the receipt. Every
 * step is a single-document atomic write, so a repeat or a retry after a crash never acts
 * twice on a category and always ends with the same receipt.
 */
@Component
class ReceiptLedger {

	static final String COLLECTION = "dsar-receipts";

	private final MongoTemplate mongo;

	ReceiptLedger(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The entry of an idempotency key, if any.
	 * @throws ConflictException if the key was used for a different instruction
	 */
	Optional<LedgerEntry> find(String idempotencyKey, String fingerprint) {
		LedgerEntry entry = this.mongo.findById(idempotencyKey, LedgerEntry.class);
		if (entry != null && !entry.fingerprint().equals(fingerprint)) {
			throw new ConflictException("idempotency-key-reused",
					"This Idempotency-Key was already used for a different instruction");
		}
		return Optional.ofNullable(entry);
	}

	/** Opens the entry of an instruction, or returns the one a concurrent call opened. */
	LedgerEntry open(ErasureInstruction instruction, String fingerprint, Set<String> accountIds, Instant now) {
		LedgerEntry entry = new LedgerEntry(instruction.idempotencyKey(), instruction.requestId(), fingerprint,
				LedgerEntry.Status.IN_PROGRESS, List.copyOf(accountIds), List.of(), null, now);
		try {
			this.mongo.insert(entry);
			return entry;
		}
		catch (DuplicateKeyException ex) {
			return find(instruction.idempotencyKey(), fingerprint).orElseThrow(() -> ex);
		}
	}

	/** Records the outcome of one category, unless one is already recorded. */
	void record(String idempotencyKey, CategoryOutcome outcome) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(idempotencyKey).and("outcomes.category").ne(outcome.category())),
				new Update().push("outcomes", outcome), LedgerEntry.class);
	}

	/**
	 * Closes the entry with its receipt (outcomes in the order of the instruction) and
	 * forgets the account ids. If another call closed it first, its receipt stands.
	 * @return the receipt stored for the key
	 */
	ErasureReceipt complete(ErasureInstruction instruction, Instant now) {
		LedgerEntry entry = this.mongo.findById(instruction.idempotencyKey(), LedgerEntry.class);
		if (!entry.completed()) {
			List<CategoryOutcome> outcomes = instruction.categories()
				.stream()
				.map((category) -> entry.outcomeOf(category.category())
					.orElseThrow(() -> new IllegalStateException("No outcome for " + category.category())))
				.toList();
			ErasureReceipt receipt = new ErasureReceipt(instruction.requestId(), ProfilesApplication.SYSTEM_ID,
					instruction.idempotencyKey(), now, outcomes);
			this.mongo.updateFirst(
					Query.query(Criteria.where("_id")
						.is(instruction.idempotencyKey())
						.and("status")
						.is(LedgerEntry.Status.IN_PROGRESS)),
					new Update().set("status", LedgerEntry.Status.COMPLETED)
						.set("receipt", receipt)
						.unset("accountIds"),
					LedgerEntry.class);
		}
		return this.mongo.findById(instruction.idempotencyKey(), LedgerEntry.class).receipt();
	}

}
