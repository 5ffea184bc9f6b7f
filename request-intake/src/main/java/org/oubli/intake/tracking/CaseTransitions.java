package org.oubli.intake.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportJobOpened;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.NoticeFailed;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.contracts.events.VerificationRejected;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.Closure;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.SystemState;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.deadline.PolicyFile;
import org.oubli.intake.request.RequestTypes;

import static org.oubli.intake.cases.CaseStatus.AWAITING_STAFF;
import static org.oubli.intake.cases.CaseStatus.AWAITING_VERIFICATION;
import static org.oubli.intake.cases.CaseStatus.CLOSED;
import static org.oubli.intake.cases.CaseStatus.COMPLETED;
import static org.oubli.intake.cases.CaseStatus.IN_PROGRESS;
import static org.oubli.intake.cases.CaseStatus.LINKED;
import static org.oubli.intake.cases.CaseStatus.LOCKED;
import static org.oubli.intake.cases.CaseStatus.NEEDS_ATTENTION;
import static org.oubli.intake.cases.CaseStatus.VERIFIED;

/**
 * What each event does to a case. Every event the case cares about goes on its timeline;
 * the status moves only forward, from the statuses listed per event, so that a late or
 * out-of-order event (events of one request come from several topics) never moves a case
 * back. An event that would move the status from elsewhere is only recorded. <pre>
 * event                             to               from                                 also
 * VerificationLocked                LOCKED           AWAITING_VERIFICATION                RequestNeedsAttention
 * VerificationExpired               CLOSED           AWAITING_VERIFICATION                RequestClosed UNVERIFIED
 * VerificationRejected (staff)      CLOSED           AWAITING_VERIFICATION                RequestClosed UNVERIFIED
 * NoticeFailed verification-code    NEEDS_ATTENTION  AWAITING_VERIFICATION                RequestNeedsAttention
 * NoticeFailed staff-alert          (only recorded)
 * NoticeFailed any other notice     NEEDS_ATTENTION  any but terminal (kept)              RequestNeedsAttention
 * IdentityVerified                  VERIFIED         AWAITING_VERIFICATION, LOCKED, held*  clock resumes/restarts
 *   rectification/restriction/objection AWAITING_STAFF (same)                             RequestNeedsAttention
 * ErasureStarted                    IN_PROGRESS      AWAITING_VERIFICATION, LOCKED,       systems from the plan
 *                                                    VERIFIED, held*
 * SystemErasureFailed               NEEDS_ATTENTION  any but terminal                     RequestNeedsAttention
 * ErasureCompleted                  COMPLETED        any but terminal                     outcomes, RequestCompleted</pre>
 * <pre>terminal = COMPLETED, CLOSED, LINKED; the clock stops on reaching one.
 * </pre> {@code held*}: {@code NEEDS_ATTENTION} before the erasure started (no systems
 * yet), i.e. held at verification; the person who took it up may get the subject
 * verified, and the case then goes on.
 * <p>
 * Every accepted request reaches a terminal state or a person: whatever stops a case by
 * itself emits {@code RequestNeedsAttention} (notification-service mails the staff),
 * once, in the same update that records the event. A verification-stage problem alerts
 * only while the case awaits verification: a locked case or one already held has its
 * person, and a verified one evidently got its code. A notice the subject must get (any
 * but the code) that failed alerts whatever the status, because the subject must still be
 * told; a completed case stays {@code COMPLETED}. A failed {@code staff-alert} is only
 * recorded: alerting through the channel that just failed would loop; it stays visible on
 * the timeline and on the dead-letter topic.
 * <p>
 * {@code SystemErased} updates one system's outcome until the case is completed. Codes,
 * sent notices and export events are only recorded. Other events are ignored.
 */
final class CaseTransitions {

	/** The notice carrying the one-time code (notification-service's name for it). */
	static final String VERIFICATION_CODE_NOTICE = "verification-code";

	/** The notice alerting staff to a {@code RequestNeedsAttention}. */
	static final String STAFF_ALERT_NOTICE = "staff-alert";

	/** Why an expired code needs a person. */
	static final String EXPIRED_REASON = "verification code expired unused";

	private static final Set<CaseStatus> NOT_COMPLETED = EnumSet.complementOf(EnumSet.of(COMPLETED, CLOSED, LINKED));

	private final String source;

	private final DeadlinePolicies policies;

	/**
	 * Creates the transitions with the bundled deadline policies.
	 * @param source the service name written into outgoing events
	 */
	CaseTransitions(String source) {
		this(source, PolicyFile.bundled());
	}

	private final ExportTransitions exports;

	/**
	 * Creates the transitions.
	 * @param source the service name written into outgoing events
	 * @param policies the deadline policies cases are under
	 */
	CaseTransitions(String source, DeadlinePolicies policies) {
		this.source = source;
		this.policies = policies;
		this.exports = new ExportTransitions(source);
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
			String reason = "Verification locked after too many wrong codes; staff review needed";
			return holdAtVerification(current, event, entry(event, reason), LOCKED, reason, now);
		}
		if (payload instanceof VerificationExpired expired) {
			return verificationExpired(current, event, expired, now);
		}
		if (payload instanceof VerificationRejected rejected) {
			return verificationRejected(current, event, rejected, now);
		}
		if (payload instanceof IdentityVerified verified) {
			return identityVerified(current, event, verified, now);
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
		if (ExportTransitions.handles(payload)) {
			return this.exports.apply(current, event, now);
		}
		if (payload instanceof NoticeSent sent) {
			return record(event, "Notice " + sent.notice() + " sent in " + sent.language());
		}
		if (payload instanceof NoticeFailed failed) {
			return noticeFailed(current, event, failed, now);
		}
		return Optional.empty();
	}

	/**
	 * Identity proved: the clock resumes (a pause's days are added on) or restarts (UK);
	 * a type no worker carries out becomes a staff task with
	 * {@code RequestNeedsAttention}.
	 */
	private Optional<CaseChange> identityVerified(CaseDocument current, EventEnvelope event, IdentityVerified verified,
			Instant now) {
		TimelineEntry entry = entry(event, "Identity verified by " + verified.method());
		if (!awaitsVerification(current) && current.status() != LOCKED) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		Instant at = (verified.verifiedAt() != null) ? verified.verifiedAt() : event.occurredAt();
		if (RequestTypes.isStaffHandled(current.type())) {
			CaseChange change = withClock(new CaseChange(entry, AWAITING_STAFF, null, List.of()), current,
					(clock, policy) -> clock.identityVerified(policy.dateOf(at)));
			String reason = RequestTypes.apiName(current.type())
					+ " request verified; no automated worker: staff must carry it out and close the case by "
					+ ((change.dueOn() != null) ? change.dueOn() : current.dueOn());
			return Optional.of(new CaseChange(entry, AWAITING_STAFF, null,
					List.of(attention(current, event, reason, now)), change.clock(), change.dueOn(), null));
		}
		return Optional.of(withClock(new CaseChange(entry, VERIFIED, null, List.of()), current,
				(clock, policy) -> clock.identityVerified(policy.dateOf(at))));
	}

	/**
	 * The code expired unused: the subject never proved who they are, so the case is
	 * closed as {@code UNVERIFIED} and {@code RequestClosed} tells them.
	 */
	private Optional<CaseChange> verificationExpired(CaseDocument current, EventEnvelope event,
			VerificationExpired expired, Instant now) {
		String when = (expired.expiredAt() != null) ? " at " + expired.expiredAt() : "";
		TimelineEntry entry = entry(event, "Verification code expired unused" + when + "; closed as unverified");
		if (current.status() != AWAITING_VERIFICATION) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		Instant closedAt = (expired.expiredAt() != null) ? expired.expiredAt() : now;
		RequestClosed closed = new RequestClosed(current.id(), current.type(), current.subject().toSubject(),
				ClosureReason.UNVERIFIED, current.jurisdiction(), null, closedAt);
		CaseChange change = new CaseChange(entry, CLOSED, null,
				List.of(EventEnvelope.wrap(closed, event, this.source, now)), null, null,
				new Closure(ClosureReason.UNVERIFIED, null, closedAt));
		return Optional.of(withClock(change, current, (clock, policy) -> clock.stop(policy.dateOf(closedAt))));
	}

	/**
	 * Staff reviewed an authorized agent's request and could not confirm the identity or
	 * the mandate: the case is closed as {@code UNVERIFIED} and {@code RequestClosed}
	 * tells the requester.
	 */
	private Optional<CaseChange> verificationRejected(CaseDocument current, EventEnvelope event,
			VerificationRejected rejected, Instant now) {
		TimelineEntry entry = entry(event, "Staff review did not confirm the identity or the mandate ("
				+ Summaries.reason(rejected.method()) + "); closed as unverified");
		if (current.status() != AWAITING_VERIFICATION) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		Instant closedAt = (rejected.rejectedAt() != null) ? rejected.rejectedAt() : now;
		RequestClosed closed = new RequestClosed(current.id(), current.type(), current.subject().toSubject(),
				ClosureReason.UNVERIFIED, current.jurisdiction(), null, closedAt);
		CaseChange change = new CaseChange(entry, CLOSED, null,
				List.of(EventEnvelope.wrap(closed, event, this.source, now)), null, null,
				new Closure(ClosureReason.UNVERIFIED, null, closedAt));
		return Optional.of(withClock(change, current, (clock, policy) -> clock.stop(policy.dateOf(closedAt))));
	}

	/**
	 * The change with the case's clock moved by {@code move} and the due date computed
	 * again; unchanged for a case stored without a clock.
	 */
	private CaseChange withClock(CaseChange change, CaseDocument current,
			java.util.function.BiFunction<DeadlineClock, DeadlinePolicy, DeadlineClock> move) {
		Optional<DeadlinePolicy> policy = this.policies.find(current.jurisdiction());
		if (current.clock() == null || policy.isEmpty()) {
			return change;
		}
		DeadlineClock moved = move.apply(current.clock(), policy.get());
		LocalDate today = (moved.state() == ClockState.RUNNING) ? moved.startedOn() : current.clock().startedOn();
		return change.withClock(moved, policy.get().dueOn(current.type(), moved, today));
	}

	private Optional<CaseChange> noticeFailed(CaseDocument current, EventEnvelope event, NoticeFailed failed,
			Instant now) {
		String reason = "Notice " + failed.notice() + " could not be sent: " + Summaries.reason(failed.reason());
		TimelineEntry entry = entry(event, reason);
		if (VERIFICATION_CODE_NOTICE.equals(failed.notice())) {
			return holdAtVerification(current, event, entry, NEEDS_ATTENTION,
					"The subject never got the verification code. " + reason, now);
		}
		if (STAFF_ALERT_NOTICE.equals(failed.notice())) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		CaseStatus status = current.status().isTerminal() ? null : NEEDS_ATTENTION;
		return Optional.of(new CaseChange(entry, status, null, List.of(attention(current, event, reason, now))));
	}

	/**
	 * A case stopped at verification: moved to {@code target} with
	 * {@code RequestNeedsAttention} if it awaited verification; otherwise only recorded
	 * (a locked or held case has its person already, a verified one got past it).
	 */
	private Optional<CaseChange> holdAtVerification(CaseDocument current, EventEnvelope event, TimelineEntry entry,
			CaseStatus target, String reason, Instant now) {
		if (current.status() != AWAITING_VERIFICATION) {
			return Optional.of(CaseChange.recordOnly(entry));
		}
		return Optional.of(new CaseChange(entry, target, null, List.of(attention(current, event, reason, now))));
	}

	private EventEnvelope attention(CaseDocument current, EventEnvelope cause, String reason, Instant now) {
		return EventEnvelope.wrap(new RequestNeedsAttention(current.id(), reason), cause, this.source, now);
	}

	/**
	 * Whether the case still waits for the subject's identity: received, or held for a
	 * person before the erasure started.
	 */
	private static boolean awaitsVerification(CaseDocument current) {
		return current.status() == AWAITING_VERIFICATION
				|| (current.status() == NEEDS_ATTENTION && current.systems().isEmpty());
	}

	private Optional<CaseChange> erasureStarted(CaseDocument current, EventEnvelope event, ErasureStarted started) {
		TimelineEntry entry = entry(event, "Erasure started in " + Summaries.systems(started.plan()));
		if (!awaitsVerification(current) && !EnumSet.of(LOCKED, VERIFIED).contains(current.status())) {
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
		return Optional
			.of(new CaseChange(entry, NEEDS_ATTENTION, systems, List.of(attention(current, event, reason, now))));
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
		CaseChange change = new CaseChange(entry, COMPLETED, systems,
				List.of(EventEnvelope.wrap(done, event, this.source, now)));
		return Optional.of(withClock(change, current, (clock, policy) -> clock.stop(policy.dateOf(completedAt))));
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
