package org.oubli.intake.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.Closure;
import org.oubli.intake.cases.OpenCaseKeys;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.request.CaseViews;
import org.oubli.intake.request.RequestId;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Staff actions on a case, each one conditional update (on the version read) carrying its
 * event in the case's outbox: closing ({@code RequestClosed}) and extending the deadline
 * ({@code DeadlineExtended}). A refused action changes nothing and says why (409). Used
 * by the staff REST API and the staff console.
 */
@Service
public class StaffCaseActions {

	static final String SOURCE = RequestIntakeApplication.NAME;

	private static final Logger log = LoggerFactory.getLogger(StaffCaseActions.class);

	private static final int MAX_ATTEMPTS = 5;

	/**
	 * Statuses in which the subject's identity was not proved: nothing may be carried
	 * out.
	 */
	private static final Set<CaseStatus> UNVERIFIED = EnumSet.of(CaseStatus.AWAITING_VERIFICATION, CaseStatus.LOCKED);

	private final CaseStore cases;

	private final OpenCaseKeys openKeys;

	private final DeadlinePolicies policies;

	private final CaseViews views;

	private final OutboxRelay relay;

	private final Clock clock;

	StaffCaseActions(CaseStore cases, OpenCaseKeys openKeys, DeadlinePolicies policies, CaseViews views,
			OutboxRelay relay, Clock clock) {
		this.cases = cases;
		this.openKeys = openKeys;
		this.policies = policies;
		this.views = views;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Closes a case as carried out by staff, refused with reasons, or cancelled at the
	 * subject's request.
	 */
	public CaseDocument close(String requestId, ClosureReason reason, String explanation) {
		if (reason != ClosureReason.HANDLED_BY_STAFF && reason != ClosureReason.REFUSED
				&& reason != ClosureReason.CANCELLED) {
			throw new InvalidInputException("reason", "must be HANDLED_BY_STAFF, REFUSED or CANCELLED");
		}
		CaseDocument closed = change(requestId, (current) -> closing(current, reason, explanation));
		this.openKeys.release(closed.openKey(), closed.id());
		log.info("Request {} closed by staff: {}", closed.id(), reason);
		return closed;
	}

	/**
	 * Extends a case's deadline: once, within the first period, where the policy allows.
	 */
	public CaseDocument extend(String requestId, String reason) {
		CaseDocument extended = change(requestId, (current) -> extending(current, reason));
		log.info("Request {}: deadline extended by staff to {}", extended.id(), extended.dueOn());
		return extended;
	}

	private CaseChange closing(CaseDocument current, ClosureReason reason, String explanation) {
		refuseIfEnded(current, "closed");
		if (reason == ClosureReason.HANDLED_BY_STAFF && UNVERIFIED.contains(current.status())) {
			throw new ConflictException("identity-not-verified", "Request " + current.id() + " is " + current.status()
					+ ": the subject's identity is not verified, so it cannot be carried out");
		}
		Instant now = now();
		RequestClosed closed = new RequestClosed(current.id(), current.type(), current.subject().toSubject(), reason,
				current.jurisdiction(), explanation.strip(), now);
		EventEnvelope envelope = EventEnvelope.wrap(closed, null, SOURCE, now);
		String summary = switch (reason) {
			case REFUSED -> "Refused by staff, with reasons";
			case CANCELLED -> "Cancelled at the subject's request";
			default -> "Carried out by staff and closed";
		};
		TimelineEntry entry = new TimelineEntry(envelope.eventId(), envelope.type(), now, summary);
		DeadlinePolicy policy = this.policies.get(current.jurisdiction());
		LocalDate today = policy.dateOf(now);
		DeadlineClock stopped = (current.clock() != null) ? current.clock().stop(today) : null;
		LocalDate dueOn = (stopped != null) ? policy.dueOn(current.type(), stopped, today) : null;
		return new CaseChange(entry, CaseStatus.CLOSED, null, List.of(envelope), stopped, dueOn,
				new Closure(reason, explanation.strip(), now));
	}

	private CaseChange extending(CaseDocument current, String reason) {
		refuseIfEnded(current, "extended");
		Instant now = now();
		DeadlinePolicy policy = this.policies.get(current.jurisdiction());
		LocalDate today = policy.dateOf(now);
		if (current.clock() == null) {
			throw refusal(current, "it was opened before deadline clocks were kept");
		}
		Optional<String> refusal = policy.extensionRefusal(current.type(), current.clock(), today);
		if (refusal.isPresent()) {
			throw refusal(current, refusal.get());
		}
		LocalDate previous = this.views.dueOn(current);
		DeadlineClock extended = current.clock().extend();
		LocalDate newDueOn = policy.dueOn(current.type(), extended, today);
		DeadlineExtended event = new DeadlineExtended(current.id(), current.type(), current.subject().toSubject(),
				previous, newDueOn, reason.strip(), now);
		EventEnvelope envelope = EventEnvelope.wrap(event, null, SOURCE, now);
		TimelineEntry entry = new TimelineEntry(envelope.eventId(), envelope.type(), now,
				"Deadline extended by staff from " + previous + " to " + newDueOn + " (" + current.jurisdiction()
						+ ")");
		return new CaseChange(entry, null, null, List.of(envelope), extended, newDueOn, null);
	}

	private static ConflictException refusal(CaseDocument current, String why) {
		return new ConflictException("extension-refused",
				"The deadline of request " + current.id() + " cannot be extended: " + why);
	}

	private static void refuseIfEnded(CaseDocument current, String action) {
		if (current.status().isTerminal()) {
			throw new ConflictException("case-ended",
					"Request " + current.id() + " is " + current.status() + " and cannot be " + action);
		}
	}

	/**
	 * Reads the case, works out the change (which may refuse), writes it conditionally;
	 * on a concurrent change, reads again.
	 */
	private CaseDocument change(String requestId, Function<CaseDocument, CaseChange> action) {
		String id = RequestId.parse(requestId)
			.orElseThrow(() -> new NotFoundException("Request", "with this id"))
			.toString();
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			CaseDocument current = this.cases.find(id).orElseThrow(() -> new NotFoundException("Request", id));
			CaseChange change = action.apply(current);
			if (this.cases.apply(current, change)) {
				this.relay.wakeUp();
				return this.cases.find(id).orElseThrow(() -> new NotFoundException("Request", id));
			}
		}
		throw new ConflictException("case-busy", "Request " + id + " kept changing; try again");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
