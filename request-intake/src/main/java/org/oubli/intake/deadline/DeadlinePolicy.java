package org.oubli.intake.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.oubli.contracts.RequestType;

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

	/** What the clock does while the subject's identity is awaited. */
	IdentityWait identityWait();

	/** The working days of the controller under this policy. */
	WorkingDays workingDays();

	/**
	 * The due date of a request of {@code type} whose clock is {@code clock}, as of
	 * {@code today}: a paused clock counts its pause up to today.
	 */
	LocalDate dueOn(RequestType type, DeadlineClock clock, LocalDate today);

	/** The due date of the first period, without any extension. */
	LocalDate firstPeriodDueOn(RequestType type, DeadlineClock clock, LocalDate today);

	/**
	 * Why the deadline of a case may not be extended today, or empty if it may (once,
	 * within the first period, where the jurisdiction provides for an extension).
	 */
	Optional<String> extensionRefusal(RequestType type, DeadlineClock clock, LocalDate today);

	/**
	 * The last day to answer a request received at {@code receivedAt} whose clock runs
	 * from receipt; the period ends at the end of that day in {@link #zone()}.
	 */
	default LocalDate dueOn(Instant receivedAt) {
		return dueOn(dateOf(receivedAt));
	}

	/**
	 * The due date of an erasure request received on {@code receivedOn}, clock running.
	 */
	default LocalDate dueOn(LocalDate receivedOn) {
		return dueOn(RequestType.ERASURE, DeadlineClock.start(identityWait(), receivedOn, false), receivedOn);
	}

	/** The calendar date of an instant in the controller's time zone. */
	default LocalDate dateOf(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	/** Today in the controller's time zone. */
	default LocalDate today(Clock clock) {
		return dateOf(clock.instant());
	}

	/**
	 * Whole days from today (in the controller's time zone) to the due date: 0 on the due
	 * date itself, negative once it has passed.
	 */
	default long daysLeft(LocalDate dueOn, Clock clock) {
		return ChronoUnit.DAYS.between(today(clock), dueOn);
	}

}
