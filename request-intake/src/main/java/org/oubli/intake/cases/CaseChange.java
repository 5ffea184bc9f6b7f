package org.oubli.intake.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.intake.deadline.DeadlineClock;

/**
 * What one incoming event or staff action does to a case: always a timeline entry; maybe
 * a new status, new per-system progress, a new clock and due date, a closure and outgoing
 * events, all written in one update.
 *
 * @param entry the timeline entry, whose event id marks the event processed
 * @param status the new status, or {@code null} to keep it
 * @param systems the new per-system progress, or {@code null} to keep it
 * @param outgoing events to publish through the case's outbox
 * @param clock the new deadline clock, or {@code null} to keep it
 * @param dueOn the new due date, or {@code null} to keep it
 * @param closure how the case ended, or {@code null}
 */
public record CaseChange(TimelineEntry entry, CaseStatus status, List<SystemProgress> systems,
		List<EventEnvelope> outgoing, DeadlineClock clock, LocalDate dueOn, Closure closure) {

	public CaseChange {
		Objects.requireNonNull(entry, "entry");
		outgoing = (outgoing != null) ? List.copyOf(outgoing) : List.of();
	}

	public CaseChange(TimelineEntry entry, CaseStatus status, List<SystemProgress> systems,
			List<EventEnvelope> outgoing) {
		this(entry, status, systems, outgoing, null, null, null);
	}

	/** Only recorded on the timeline. */
	public static CaseChange recordOnly(TimelineEntry entry) {
		return new CaseChange(entry, null, null, List.of());
	}

	/** The same change with a new clock and due date. */
	public CaseChange withClock(DeadlineClock newClock, LocalDate newDueOn) {
		return new CaseChange(this.entry, this.status, this.systems, this.outgoing, newClock, newDueOn, this.closure);
	}

}
