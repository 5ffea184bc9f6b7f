package org.oubli.erasure.receipt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.Outcome;

/**
 * Checks a receipt against the instruction it answers: same request and system, the same
 * idempotency key when it carries one, a completion time, and exactly one outcome per
 * instructed category consistent with the action (ERASE: erased; ANONYMISE: anonymised
 * with the instructed technique; RETAIN: retained under a legal basis, no later than the
 * instructed date). The problems name systems and categories only, never personal data.
 */
public final class ReceiptValidator {

	private ReceiptValidator() {
	}

	/** Every problem of the receipt; empty when it is valid. */
	public static List<String> problemsOf(ErasureInstruction instruction, ErasureReceipt receipt) {
		if (receipt == null) {
			return List.of("no receipt in the answer");
		}
		List<String> problems = new ArrayList<>();
		if (!instruction.requestId().equals(receipt.requestId())) {
			problems.add("receipt is for another request");
		}
		if (!instruction.systemId().equals(receipt.systemId())) {
			problems.add("receipt is from another system");
		}
		if (receipt.idempotencyKey() != null && !receipt.idempotencyKey().equals(instruction.idempotencyKey())) {
			problems.add("receipt answers another idempotency key");
		}
		if (receipt.completedAt() == null) {
			problems.add("completedAt is missing");
		}
		if (receipt.outcomes() == null) {
			problems.add("outcomes are missing");
			return problems;
		}
		checkOutcomes(instruction.categories(), receipt.outcomes(), problems);
		return problems;
	}

	private static void checkOutcomes(List<CategoryInstruction> instructed, List<CategoryOutcome> outcomes,
			List<String> problems) {
		Map<String, CategoryOutcome> byCategory = new HashMap<>();
		for (CategoryOutcome outcome : outcomes) {
			if (outcome == null) {
				problems.add("an outcome is empty");
			}
			else if (byCategory.putIfAbsent(outcome.category(), outcome) != null
					&& names(instructed).contains(outcome.category())) {
				// only instructed (registry) names are ever quoted: the system's own text
				// is not
				problems.add("category '" + outcome.category() + "' has more than one outcome");
			}
		}
		Set<String> names = new LinkedHashSet<>();
		for (CategoryInstruction instruction : instructed) {
			names.add(instruction.category());
			CategoryOutcome outcome = byCategory.get(instruction.category());
			if (outcome == null) {
				problems.add("category '" + instruction.category() + "' has no outcome");
			}
			else {
				checkConsistent(instruction, outcome, problems);
			}
		}
		long unknown = byCategory.keySet().stream().filter((name) -> !names.contains(name)).count();
		if (unknown > 0) {
			problems.add(unknown + " reported categor" + ((unknown == 1) ? "y was" : "ies were") + " not instructed");
		}
	}

	private static Set<String> names(List<CategoryInstruction> instructed) {
		Set<String> names = new LinkedHashSet<>();
		instructed.forEach((instruction) -> names.add(instruction.category()));
		return names;
	}

	private static void checkConsistent(CategoryInstruction instruction, CategoryOutcome outcome,
			List<String> problems) {
		String category = "category '" + instruction.category() + "'";
		Outcome expected = switch (instruction.action()) {
			case ERASE -> Outcome.ERASED;
			case ANONYMISE -> Outcome.ANONYMISED;
			case RETAIN -> Outcome.RETAINED;
		};
		if (outcome.outcome() != expected) {
			problems.add(category + " was to be " + expected + " but is reported " + outcome.outcome());
			return;
		}
		if (outcome.records() < 0) {
			problems.add(category + " reports a negative record count");
		}
		if (expected == Outcome.ANONYMISED && !Objects.equals(instruction.technique(), outcome.technique())) {
			problems.add(category + " was anonymised with another technique than instructed");
		}
		if (expected == Outcome.RETAINED) {
			if (outcome.legalBasis() == null || outcome.legalBasis().isBlank()) {
				problems.add(category + " is retained without a legal basis");
			}
			if (outcome.retainedUntil() == null) {
				problems.add(category + " is retained without an end date");
			}
			else if (instruction.retainUntil() != null && outcome.retainedUntil().isAfter(instruction.retainUntil())) {
				problems.add(category + " is retained beyond the instructed date");
			}
		}
	}

}
