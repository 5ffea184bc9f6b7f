package org.oubli.demo.messaging.dsar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.demo.messaging.MessagingApplication;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Carries out an erasure instruction once per idempotency key: checks it, finds the
 * subject's accounts, applies each instructed category and reports the receipt through
 * the outbox. A repeat is noted and changes nothing; an instruction this system cannot
 * carry out is a poison message (dead-lettered, never silently dropped).
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

	ErasureService(ReceiptLedger ledger, SubjectDirectory directory, List<DataCategory> categories, OutboxRelay relay,
			Clock clock) {
		this.rules = new InstructionRules(MessagingApplication.SYSTEM_ID, categories);
		this.ledger = ledger;
		this.directory = directory;
		this.categories = categories;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Erases what the instruction asks for, unless it was done already.
	 * @param cause the {@code ErasureRequested} event that carried the instruction
	 * @param instruction the instruction
	 * @throws PoisonMessageException if the instruction is not acceptable
	 */
	void erase(EventEnvelope cause, ErasureInstruction instruction) {
		check(instruction);
		String fingerprint = Fingerprint.of(instruction);
		LedgerEntry entry = this.ledger.find(instruction.idempotencyKey(), fingerprint)
			.orElseGet(() -> this.ledger.open(instruction, fingerprint,
					this.directory.accountIdsOf(instruction.subject()), cause.eventId(), now()));
		if (entry.completed()) {
			this.ledger.markRepeated(instruction.idempotencyKey(), cause.eventId());
			log.info("Request {}: instruction repeated (event {}), already reported", instruction.requestId(),
					cause.eventId());
			return;
		}
		for (DataCategory category : this.categories) {
			CategoryInstruction asked = instructionFor(instruction, category.name());
			if (asked != null && entry.outcomeOf(category.name()).isEmpty()) {
				this.ledger.record(instruction.idempotencyKey(), category.apply(asked, entry.accountIds()));
			}
		}
		if (this.ledger.complete(instruction, cause, now())) {
			log.info("Request {}: erasure done on {} account(s), receipt queued", instruction.requestId(),
					entry.accountIds().size());
			this.relay.wakeUp();
		}
		else {
			this.ledger.markRepeated(instruction.idempotencyKey(), cause.eventId());
		}
	}

	private void check(ErasureInstruction instruction) {
		try {
			this.rules.check(null, instruction);
		}
		catch (InvalidInputException ex) {
			throw new PoisonMessageException("Erasure instruction refused: " + ex.field() + ": " + ex.getMessage());
		}
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
