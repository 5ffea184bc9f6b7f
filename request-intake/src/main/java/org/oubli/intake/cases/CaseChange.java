package org.oubli.intake.cases;

import java.util.List;
import java.util.Objects;

import org.oubli.contracts.events.EventEnvelope;

/**
 * What one incoming event does to a case: always a timeline entry; maybe a new status,
 * new per-system progress and outgoing events, all written in one update.
 *
 * @param entry the timeline entry, whose event id marks the event processed
 * @param status the new status, or {@code null} to keep it
 * @param systems the new per-system progress, or {@code null} to keep it
 * @param outgoing events to publish through the case's outbox
 */
public record CaseChange(TimelineEntry entry, CaseStatus status, List<SystemProgress> systems,
		List<EventEnvelope> outgoing) {

	public CaseChange {
		Objects.requireNonNull(entry, "entry");
		outgoing = (outgoing != null) ? List.copyOf(outgoing) : List.of();
	}

	/** Only recorded on the timeline. */
	public static CaseChange recordOnly(TimelineEntry entry) {
		return new CaseChange(entry, null, null, List.of());
	}

}
