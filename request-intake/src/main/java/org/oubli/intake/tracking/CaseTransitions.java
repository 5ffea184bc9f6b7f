package org.oubli.intake.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportJobOpened;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.NoticeFailed;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.SystemState;
import org.oubli.intake.cases.TimelineEntry;

import static org.oubli.intake.cases.CaseStatus.AWAITING_VERIFICATION;
import static org.oubli.intake.cases.CaseStatus.COMPLETED;
import static org.oubli.intake.cases.CaseStatus.IN_PROGRESS;
import static org.oubli.intake.cases.CaseStatus.LOCKED;
import static org.oubli.intake.cases.CaseStatus.NEEDS_ATTENTION;
import static org.oubli.intake.cases.CaseStatus.VERIFIED;

/**
 * What each event does to a case. Every event the case cares about goes on its timeline;
 * the status moves only forward, from the statuses listed per event, so that a late or
 * out-of-order event (events of one request come from several topics) never moves a case
 * back. An event that would move the status from elsewhere is only recorded. <pre>
 * event                to               from                                       also
 * VerificationLocked   LOCKED           AWAITING_VERIFICATION
 * IdentityVerified     VERIFIED         AWAITING_VERIFICATION, LOCKED
 * ErasureStarted       IN_PROGRESS      AWAITING_VERIFICATION, LOCKED, VERIFIED   systems from the plan
 * SystemErasureFailed  NEEDS_ATTENTION  any but COMPLETED                          RequestNeedsAttention
 * ErasureCompleted     COMPLETED        any but COMPLETED                          outcomes, RequestCompleted
 * </pre> {@code SystemErased} updates one system's outcome until the case is completed.
 * Codes, notices and export events are only recorded. Other events are ignored.
 */
final class CaseTransitions {

	private static final Set<CaseStatus> NOT_COMPLETED = EnumSet.complementOf(EnumSet.of(COMPLETED));

	private final String source;

	/**
	 * Creates the transitions.
	 * @param source the service name written into outgoing events
	 */
	CaseTransitions(String source) {
		this.source = source;
	}

	/**
	 * What an event does to a case.
	 * @param current the case as it is
	 * @param event the incoming event, not yet processed by the case
	 * @param now the time outgoing events are stamped with
	 * @return the change, or empty for an event the case does not track
	 */
	Optional<CaseChange> apply(CaseDocument current, EventEnvelope event, Instant now) {
		OubliEvent payload = event.payload();
		if (payload instanceof VerificationCodeIssued issued) {
			return record(event, "Verification code issued, valid until " + issued.expiresAt() + ", "
					+ issued.maxAttempts() + " attempts");
		}
		if (payload instanceof VerificationAttemptFailed failed) {
			return record(event, "Wrong or expired verification code; " + failed.attemptsLeft() + " attempts left");
		}
		if (payload instanceof VerificationLocked) {
			return move(current, event, LOCKED, EnumSet.of(AWAITING_VERIFICATION),
					"Verification locked after too many wrong codes; staff review needed");
		}
		if (payload instanceof IdentityVerified verified) {
			return move(current, event, VERIFIED, EnumSet.of(AWAITING_VERIFICATION, LOCKED),
					"Identity verified by " + verified.method());
		}
		if (payload instanceof ErasureStarted started) {
			return erasureStarted(current, event, started);
		}
		if (payload instanceof SystemErased erased) {
			return systemErased(current, event, erased);
		}
		if (payload instanceof SystemErasureFailed failed) {
			return systemFailed(current, event, failed, now);
		}
		if (payload instanceof ErasureCompleted completed) {
			return erasureCompleted(current, event, completed, now);
		}
		if (payload instanceof ExportJobOpened opened) {
			return record(event, "Export job opened for " + opened.type());
		}
		if (payload instanceof NoticeSent sent) {
			return record(event, "Notice " + sent.notice() + " sent in " + sent.language());
		}
		if (payload instanceof NoticeFailed failed) {
			return record(event,
					"Notice " + failed.notice() + " could not be sent: " + Summaries.reason(failed.reason()));
		}
		return Optional.empty();
	}

	private Optional<CaseChange> erasureStarted(CaseDocument current, EventEnvelope event, ErasureStarted started) {
		TimelineEntry entry = entry(event, "Erasure started in " + Summaries.systems(started.plan()));
		if (!EnumSet.of(AWAITING_VERIFICATION, LOCKED, VERIFIED).contains(current.status())) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		List<SystemProgress> systems = started.plan()
			.stream()
			.map((planned) -> SystemProgress.pending(planned.systemId(), planned.displayName()))
			.toList();
		return Optional.of(new CaseChange(entry, IN_PROGRESS, systems, List.of()));
	}

	private Optional<CaseChange> systemErased(CaseDocument current, EventEnvelope event, SystemErased erased) {
		String systemId = erased.receipt().systemId();
		TimelineEntry entry = entry(event,
				"System " + systemId + " answered: " + Summaries.outcomes(erased.receipt().outcomes()));
		if (current.status() == COMPLETED) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		List<SystemProgress> systems = replace(current.systems(), systemId,
				(system) -> system.done(erased.receipt().outcomes()));
		return Optional.of(new CaseChange(entry, null, systems, List.of()));
	}

	private Optional<CaseChange> systemFailed(CaseDocument current, EventEnvelope event, SystemErasureFailed failed,
			Instant now) {
		String reason = "System " + failed.systemId() + " failed after " + failed.attempts() + " attempts: "
				+ Summaries.reason(failed.reason());
		TimelineEntry entry = entry(event, reason);
		if (!NOT_COMPLETED.contains(current.status())) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		List<SystemProgress> systems = replace(current.systems(), failed.systemId(),
				(system) -> system.failed(Summaries.reason(failed.reason())));
		EventEnvelope attention = EventEnvelope.wrap(new RequestNeedsAttention(current.id(), reason), event,
				this.source, now);
		return Optional.of(new CaseChange(entry, NEEDS_ATTENTION, systems, List.of(attention)));
	}

	private Optional<CaseChange> erasureCompleted(CaseDocument current, EventEnvelope event, ErasureCompleted completed,
			Instant now) {
		List<SystemOutcome> outcomes = (completed.systems() != null) ? completed.systems() : List.of();
		TimelineEntry entry = entry(event,
				"Erasure completed in " + outcomes.size() + ((outcomes.size() == 1) ? " system" : " systems"));
		if (!NOT_COMPLETED.contains(current.status())) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		List<SystemProgress> systems = outcomes.stream()
			.map((outcome) -> new SystemProgress(outcome.systemId(), outcome.displayName(), SystemState.DONE,
					outcome.outcomes(), null))
			.toList();
		Instant completedAt = (completed.completedAt() != null) ? completed.completedAt() : now;
		RequestCompleted done = new RequestCompleted(current.id(), current.type(), current.subject().toSubject(),
				completedAt, outcomes);
		return Optional
			.of(new CaseChange(entry, COMPLETED, systems, List.of(EventEnvelope.wrap(done, event, this.source, now))));
	}

	private static Optional<CaseChange> move(CaseDocument current, EventEnvelope event, CaseStatus target,
			Set<CaseStatus> from, String summary) {
		TimelineEntry entry = entry(event, summary);
		if (!from.contains(current.status())) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		return Optional.of(new CaseChange(entry, target, null, List.of()));
	}

	private static Optional<CaseChange> record(EventEnvelope event, String summary) {
		return Optional.of(CaseChange.recordOnly(entry(event, summary)));
	}

	private static TimelineEntry entry(EventEnvelope event, String summary) {
		return new TimelineEntry(event.eventId(), event.type(), event.occurredAt(), summary);
	}

	/**
	 * The systems with one replaced, or added at the end when the plan did not list it.
	 */
	private static List<SystemProgress> replace(List<SystemProgress> systems, String systemId,
			java.util.function.UnaryOperator<SystemProgress> change) {
		List<SystemProgress> changed = new ArrayList<>(systems);
		for (int i = 0; i < changed.size(); i++) {
			if (changed.get(i).systemId().equals(systemId)) {
				changed.set(i, change.apply(changed.get(i)));
				return changed;
			}
		}
		changed.add(change.apply(SystemProgress.pending(systemId, systemId)));
		return changed;
	}

}
