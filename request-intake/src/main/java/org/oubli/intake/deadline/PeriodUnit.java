package org.oubli.intake.deadline;

/** How a period is counted. */
public enum PeriodUnit {

	/**
	 * Calendar months, Regulation 1182/71 Art. 3(2)(c): the same date in the last month,
	 * or the last day of that month when it has no such date.
	 */
	MONTHS,
	/** Calendar days after the day of receipt. */
	DAYS,
	/**
	 * Clear days ("jours francs"): neither the day of receipt nor the last day counts, so
	 * the period ends one day later than the same number of calendar days.
	 */
	CLEAR_DAYS,
	/**
	 * Working days (Monday to Friday, except public holidays) after the day of receipt.
	 */
	WORKING_DAYS

}
