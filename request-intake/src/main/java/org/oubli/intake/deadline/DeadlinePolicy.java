package org.oubli.intake.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How one jurisdiction computes the statutory due date of a request. Every policy names
 * its legal source and whether that source was checked against the official text.
 */
public interface DeadlinePolicy {

	/** The jurisdiction code, e.g. {@code EU-FR}. */
	String jurisdiction();

	/** The legal source of the rule, for people and audits. */
	String source();

	/** Whether the rule was checked against the official text. */
	boolean verified();

	/** The controller's time zone: the calendar in which days are counted. */
	ZoneId zone();

	/**
	 * The last day to answer a request received at {@code receivedAt}; the period ends at
	 * the end of that day in {@link #zone()}.
	 */
	LocalDate dueOn(Instant receivedAt);

	/** The calendar date of an instant in the controller's time zone. */
	default LocalDate dateOf(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	/**
	 * Whole days from today (in the controller's time zone) to the due date: 0 on the due
	 * date itself, negative once it has passed.
	 */
	default long daysLeft(LocalDate dueOn, Clock clock) {
		return ChronoUnit.DAYS.between(dateOf(clock.instant()), dueOn);
	}

}
