package org.oubli.intake.tracking;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.OpenCaseKeys;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.sla.CaseCompletions;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.stereotype.Component;

/**
 * Applies the other services' events to cases, each event once: read the case, work out
 * the change, write it conditionally on the version read and on the event not being
 * processed yet; on a concurrent change, read again.
 * <p>
 * An event for a request without a case is a {@link PoisonMessageException}, so it is
 * dead-lettered at once and stays visible on {@code <topic>.DLT}. It cannot be an
 * ordering race: a case is inserted before its {@code RequestReceived} can leave the
 * outbox, and every other service acts only on events that follow it. So a missing case
 * means an event from elsewhere (another environment, a hand-made record, a lost
 * database), which retrying would not mend and a person should look at.
 * <p>
 * Every status change applied goes on the audit trail ({@value #STATUS_CHANGED}, actor
 * {@value #ACTOR}: from, to, the event type and id), once: only the instance whose
 * conditional update applied the event records it, and a redelivered event is skipped
 * before. (Should the service stop between the update and the append, that one entry is
 * missing: the trail is in its own collection and the wire server has no transactions;
 * the case's timeline still has the event.)
 */
@Component
class CaseTracker {

	static final String SOURCE = RequestIntakeApplication.NAME;

	/** The audit action of a status change. */
	static final String STATUS_CHANGED = "case.status-changed";

	/** Who changes a case's status on another service's event. */
	static final String ACTOR = "system:" + SOURCE;

	private static final Logger log = LoggerFactory.getLogger(CaseTracker.class);

	private static final int MAX_ATTEMPTS = 5;

	private final CaseStore cases;

	private final OutboxRelay relay;

	private final Clock clock;

	private final OpenCaseKeys openKeys;

	private final CaseTransitions transitions;

	private final CaseCompletions completions;

	private final AuditTrail audit;

	CaseTracker(CaseStore cases, OpenCaseKeys openKeys, OutboxRelay relay, Clock clock, DeadlinePolicies policies,
			CaseCompletions completions, AuditTrail audit) {
		this.audit = audit;
		this.cases = cases;
		this.openKeys = openKeys;
		this.relay = relay;
		this.clock = clock;
		this.transitions = new CaseTransitions(SOURCE, policies);
		this.completions = completions;
	}

	void apply(EventEnvelope event) {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			CaseDocument current = this.cases.find(event.requestId())
				.orElseThrow(() -> new PoisonMessageException(event.type() + " " + event.eventId() + " is for request "
						+ event.requestId() + ", which has no case"));
			if (current.hasProcessed(event.eventId())) {
				log.debug("Request {}: {} {} already applied", current.id(), event.type(), event.eventId());
				return;
			}
			Optional<CaseChange> change = this.transitions.apply(current, event, this.clock.instant());
			if (change.isEmpty()) {
				return;
			}
			if (this.cases.apply(current, change.get())) {
				logApplied(current, event, change.get());
				audit(current, event, change.get());
				if (change.get().status() != null && change.get().status().isTerminal()) {
					// the case ended: a new request of the subject starts afresh
					this.openKeys.release(current.openKey(), current.id());
				}
				this.completions.changed(current, change.get().status(), this.clock.instant());
				if (!change.get().outgoing().isEmpty()) {
					this.relay.wakeUp();
				}
				return;
			}
		}
		// redelivered by the kit's error handler, then dead-lettered if it keeps failing
		throw new IllegalStateException("Request " + event.requestId() + " kept changing while applying " + event.type()
				+ " " + event.eventId());
	}

	private void audit(CaseDocument current, EventEnvelope event, CaseChange change) {
		if (change.status() == null || change.status() == current.status()) {
			return;
		}
		Map<String, String> details = new LinkedHashMap<>();
		details.put("from", current.status().name());
		details.put("to", change.status().name());
		details.put("event", event.type());
		details.put("eventId", event.eventId());
		this.audit.append(ACTOR, STATUS_CHANGED, current.id(), details);
	}

	private static void logApplied(CaseDocument current, EventEnvelope event, CaseChange change) {
		if (change.status() != null && change.status() != current.status()) {
			log.info("Request {}: {} -> {} on {} {}", current.id(), current.status(), change.status(), event.type(),
					event.eventId());
		}
		else {
			log.debug("Request {}: recorded {} {}", current.id(), event.type(), event.eventId());
		}
	}

}
