package org.oubli.intake.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.events.SlaState;

/**
 * Classifies one case: a pure function of its status, due date, clock state and today's
 * date in the controller's time zone.
 * <ul>
 * <li>terminal ({@code COMPLETED}, {@code CLOSED}, {@code LINKED}): no SLA state;</li>
 * <li>clock stopped: {@code PAUSED} (the due date moves when the clock restarts);</li>
 * <li>today after the due date: {@code OVERDUE} (the due date itself is still on
 * time);</li>
 * <li>{@code atRiskDays} days left or less: {@code AT_RISK};</li>
 * <li>otherwise {@code ON_TRACK}.</li>
 * </ul>
 * Statuses are compared by name, so that statuses added to the case model later
 * ({@code CLOSED}, {@code AWAITING_STAFF}...) need no change here.
 */
public final class SlaClassifier {

	/** Statuses in which a case is finished and leaves the SLA. */
	public static final Set<String> TERMINAL_STATUSES = Set.of("COMPLETED", "CLOSED", "LINKED");

	private final int atRiskDays;

	public SlaClassifier(int atRiskDays) {
		if (atRiskDays < 0) {
			throw new IllegalArgumentException("at-risk-days must not be negative");
		}
		this.atRiskDays = atRiskDays;
	}

	/**
	 * The SLA state of a case.
	 * @param status the case status name
	 * @param dueOn the statutory due date
	 * @param paused whether the statutory clock is stopped
	 * @param today today in the controller's time zone of the case's policy
	 * @return the state, or empty for a terminal case
	 */
	public Optional<SlaState> classify(String status, LocalDate dueOn, boolean paused, LocalDate today) {
		if (isTerminal(status)) {
			return Optional.empty();
		}
		if (paused) {
			return Optional.of(SlaState.PAUSED);
		}
		long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
		if (daysLeft < 0) {
			return Optional.of(SlaState.OVERDUE);
		}
		return Optional.of((daysLeft <= this.atRiskDays) ? SlaState.AT_RISK : SlaState.ON_TRACK);
	}

	public static boolean isTerminal(String status) {
		return TERMINAL_STATUSES.contains(status);
	}

	/** Whether moving into {@code to} alerts staff. */
	public static boolean alerts(SlaState to) {
		return to == SlaState.AT_RISK || to == SlaState.OVERDUE;
	}

}
