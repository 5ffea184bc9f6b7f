package org.oubli.intake.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportCompleted;
import org.oubli.contracts.events.ExportFailed;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.TimelineEntry;

/**
 * What export-worker's outcomes do to an access or portability case (added for issue 4,
 * beside {@link CaseTransitions}): <pre>
 * event            to               from                 also
 * ExportReady      (only recorded: expiry and download limit, never the link)
 * ExportCompleted  COMPLETED        any but COMPLETED    RequestCompleted
 * ExportFailed     NEEDS_ATTENTION  any but COMPLETED    RequestNeedsAttention
 * </pre> A completed case only records a late failure: the subject has the archive.
 */
final class ExportTransitions {

	private final String source;

	ExportTransitions(String source) {
		this.source = source;
	}

	static boolean handles(OubliEvent payload) {
		return payload instanceof ExportReady || payload instanceof ExportCompleted || payload instanceof ExportFailed;
	}

	Optional<CaseChange> apply(CaseDocument current, EventEnvelope event, Instant now) {
		OubliEvent payload = event.payload();
		if (payload instanceof ExportReady ready) {
			return Optional.of(CaseChange.recordOnly(entry(event, "Archive ready to download until " + ready.expiresAt()
					+ ", " + ready.maxDownloads() + " downloads")));
		}
		if (payload instanceof ExportCompleted completed) {
			return Optional.of(completed(current, event, completed, now));
		}
		ExportFailed failed = (ExportFailed) payload;
		String reason = "Export failed" + ((failed.attempts() > 0) ? " after " + failed.attempts() + " attempts" : "")
				+ ": " + Summaries.reason(failed.reason());
		TimelineEntry entry = entry(event, reason);
		if (current.status() == CaseStatus.COMPLETED) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		return Optional.of(new CaseChange(entry, CaseStatus.NEEDS_ATTENTION, null,
				List.of(EventEnvelope.wrap(new RequestNeedsAttention(current.id(), reason), event, this.source, now))));
	}

	private CaseChange completed(CaseDocument current, EventEnvelope event, ExportCompleted completed, Instant now) {
		String summary = "Export completed: " + completed.records() + " records from "
				+ String.join(", ", completed.collected()) + (completed.askedSeparately().isEmpty() ? ""
						: "; asked separately: " + String.join(", ", completed.askedSeparately()));
		TimelineEntry entry = entry(event, summary);
		if (current.status() == CaseStatus.COMPLETED) {
			return CaseChange.recordOnly(entry);
		}
		List<SystemOutcome> systems = completed.collected()
			.stream()
			.map((systemId) -> new SystemOutcome(systemId, systemId, List.of()))
			.toList();
		Instant completedAt = (completed.completedAt() != null) ? completed.completedAt() : now;
		RequestCompleted done = new RequestCompleted(current.id(), current.type(), current.subject().toSubject(),
				completedAt, systems);
		return new CaseChange(entry, CaseStatus.COMPLETED, null,
				List.of(EventEnvelope.wrap(done, event, this.source, now)));
	}

	private static TimelineEntry entry(EventEnvelope event, String summary) {
		return new TimelineEntry(event.eventId(), event.type(), event.occurredAt(), summary);
	}

}
