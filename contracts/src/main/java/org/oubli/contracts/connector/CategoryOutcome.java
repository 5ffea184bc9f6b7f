package org.oubli.contracts.connector;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The result for one data category. Carries no personal data.
 *
 * @param category the category name
 * @param outcome what was done
 * @param technique for {@link Outcome#ANONYMISED}: how
 * @param legalBasis for {@link Outcome#RETAINED}: why the data is kept
 * @param retainedUntil for {@link Outcome#RETAINED}: until when
 * @param records how many records the action touched
 */
public record CategoryOutcome(String category, Outcome outcome, String technique, String legalBasis,
		LocalDate retainedUntil, long records) {

	public CategoryOutcome {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(outcome, "outcome");
	}

	public static CategoryOutcome erased(String category, long records) {
		return new CategoryOutcome(category, Outcome.ERASED, null, null, null, records);
	}

	public static CategoryOutcome anonymised(String category, String technique, long records) {
		return new CategoryOutcome(category, Outcome.ANONYMISED, technique, null, null, records);
	}

	public static CategoryOutcome retained(String category, String legalBasis, LocalDate until, long records) {
		return new CategoryOutcome(category, Outcome.RETAINED, null, legalBasis, until, records);
	}

}
