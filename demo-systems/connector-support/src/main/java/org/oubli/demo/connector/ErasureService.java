package org.oubli.demo.connector;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Carries out an erasure instruction once per idempotency key, however it came: checks
 * it, finds the subject's accounts, applies each instructed category (in this system's
 * order, so an account itself can go last) and closes the ledger entry with the receipt,
 * reporting it as its {@link Delivery} says. A repeat gets the stored receipt and changes
 * nothing.
 */
@Service
class ErasureService {

	private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

	private final InstructionRules rules;

	private final ReceiptLedger ledger;

	private final SubjectDirectory directory;

	private final List<DataCategory> categories;

	private final OutboxRelay relay;

	private final Clock clock;

	ErasureService(ConnectedSystem system, ReceiptLedger ledger, SubjectDirectory directory,
			List<DataCategory> categories, OutboxRelay relay, Clock clock) {
		this.rules = new InstructionRules(system.systemId(), categories);
		this.ledger = ledger;
		this.directory = directory;
		this.categories = categories;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Erases what the instruction asks for, or returns the receipt of an earlier call
	 * with the same key.
	 * @param delivery how the instruction came
	 * @param instruction the instruction
	 * @return the receipt stored for the key
	 * @throws InvalidInputException if this system cannot carry out the instruction
	 * @throws ConflictException if the key was used for a different instruction
	 */
	ErasureReceipt erase(Delivery delivery, ErasureInstruction instruction) {
		this.rules.check(delivery.idempotencyKey(), instruction);
		String fingerprint = Fingerprint.of(instruction);
		LedgerEntry entry = this.ledger.find(instruction.idempotencyKey(), fingerprint)
			.orElseGet(() -> this.ledger.open(instruction, fingerprint,
					this.directory.accountIdsOf(instruction.subject()), delivery, now()));
		if (entry.completed()) {
			if (this.ledger.markRepeated(instruction.idempotencyKey(), delivery, now())) {
				this.relay.wakeUp();
			}
			log.info("Request {}: instruction repeated, the stored receipt stands", instruction.requestId());
			return entry.receipt();
		}
		for (DataCategory category : this.categories) {
			CategoryInstruction asked = instructionFor(instruction, category.name());
			if (asked != null && entry.outcomeOf(category.name()).isEmpty()) {
				this.ledger.record(instruction.idempotencyKey(), category.apply(asked, entry.accountIds()));
			}
		}
		if (!this.ledger.complete(instruction, delivery, now())) {
			if (this.ledger.markRepeated(instruction.idempotencyKey(), delivery, now())) {
				this.relay.wakeUp();
			}
		}
		else if (delivery.reportsByEvent()) {
			this.relay.wakeUp();
		}
		ErasureReceipt receipt = this.ledger.receiptOf(instruction.idempotencyKey());
		log.info("Request {}: erasure done on {} account(s): {}", instruction.requestId(), entry.accountIds().size(),
				receipt.outcomes()
					.stream()
					.map((outcome) -> outcome.category() + "=" + outcome.outcome() + "(" + outcome.records() + ")")
					.toList());
		return receipt;
	}

	private static CategoryInstruction instructionFor(ErasureInstruction instruction, String category) {
		return instruction.categories()
			.stream()
			.filter((asked) -> asked.category().equals(category))
			.findFirst()
			.orElse(null);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
