package org.oubli.notification.template;

import java.util.List;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.SystemOutcome;

/**
 * What was done with the subject's data, system by system, in the subject's words: the
 * model of the erasure-completed email.
 *
 * @param systems one entry per system
 */
record CompletionReport(List<SystemReport> systems) {

	static CompletionReport of(List<SystemOutcome> outcomes, Vocabulary words) {
		return new CompletionReport((outcomes != null)
				? outcomes.stream().map((outcome) -> SystemReport.of(outcome, words)).toList() : List.of());
	}

	/** Whether any data is kept under a legal obligation: the email then says why. */
	boolean anyRetained() {
		return this.systems.stream().anyMatch((system) -> !system.retained().isEmpty());
	}

	/**
	 * One system.
	 *
	 * @param name the system's display name
	 * @param erased the erased categories
	 * @param anonymised the anonymised categories
	 * @param retained the categories kept under a legal obligation
	 */
	record SystemReport(String name, List<String> erased, List<Anonymised> anonymised, List<Retained> retained) {

		static SystemReport of(SystemOutcome outcome, Vocabulary words) {
			List<CategoryOutcome> categories = (outcome.outcomes() != null) ? outcome.outcomes() : List.of();
			String name = (outcome.displayName() != null) ? outcome.displayName() : outcome.systemId();
			return new SystemReport(name,
					categories.stream()
						.filter((category) -> category.outcome() == org.oubli.contracts.connector.Outcome.ERASED)
						.map((category) -> words.category(category.category()))
						.toList(),
					categories.stream()
						.filter((category) -> category.outcome() == org.oubli.contracts.connector.Outcome.ANONYMISED)
						.map((category) -> new Anonymised(words.category(category.category()),
								words.technique(category.technique())))
						.toList(),
					categories.stream()
						.filter((category) -> category.outcome() == org.oubli.contracts.connector.Outcome.RETAINED)
						.map((category) -> new Retained(words.category(category.category()),
								(category.legalBasis() != null) ? category.legalBasis()
										: words.word("retained.unspecified-basis"),
								words.date(category.retainedUntil())))
						.toList());
		}

	}

	/**
	 * An anonymised category.
	 *
	 * @param category its name
	 * @param technique how it was anonymised
	 */
	record Anonymised(String category, String technique) {

	}

	/**
	 * A retained category.
	 *
	 * @param category its name
	 * @param legalBasis the law that requires keeping it
	 * @param until until when, written out
	 */
	record Retained(String category, String legalBasis, String until) {

	}

}
