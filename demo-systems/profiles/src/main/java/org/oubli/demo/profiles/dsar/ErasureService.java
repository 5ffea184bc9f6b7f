package org.oubli.demo.profiles.dsar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.demo.profiles.ProfilesApplication;

import org.springframework.stereotype.Service;

/**
 * Carries out an erasure instruction once per idempotency key: checks it, finds the
 * subject's accounts, applies each instructed category (in this system's order, so the
 * account itself goes last) and answers with the receipt. A repeat gets the stored
 * receipt and changes nothing.
 */
@Service
class ErasureService {

	private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

	private final InstructionRules rules;

	private final ReceiptLedger ledger;

	private final SubjectDirectory directory;

	private final List<DataCategory> categories;

	private final Clock clock;

	ErasureService(ReceiptLedger ledger, SubjectDirectory directory, List<DataCategory> categories, Clock clock) {
		this.rules = new InstructionRules(ProfilesApplication.SYSTEM_ID, categories);
		this.ledger = ledger;
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * Erases what the instruction asks for, or returns the receipt of an earlier call
	 * with the same key.
	 * @param idempotencyKey the Idempotency-Key header
	 * @param instruction the instruction
	 * @return the receipt
	 */
	ErasureReceipt erase(String idempotencyKey, ErasureInstruction instruction) {
		this.rules.check(idempotencyKey, instruction);
		String fingerprint = Fingerprint.of(instruction);
		LedgerEntry entry = this.ledger.find(instruction.idempotencyKey(), fingerprint)
			.orElseGet(() -> this.ledger.open(instruction, fingerprint,
					this.directory.accountIdsOf(instruction.subject()), now()));
		if (entry.completed()) {
			log.info("Request {}: instruction repeated, answering with the stored receipt", instruction.requestId());
			return entry.receipt();
		}
		for (DataCategory category : this.categories) {
			CategoryInstruction asked = instructionFor(instruction, category.name());
			if (asked != null && entry.outcomeOf(category.name()).isEmpty()) {
				this.ledger.record(instruction.idempotencyKey(), category.apply(asked, entry.accountIds()));
			}
		}
		ErasureReceipt receipt = this.ledger.complete(instruction, now());
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
