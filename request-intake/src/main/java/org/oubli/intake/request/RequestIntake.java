package org.oubli.intake.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.CaseSubject;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.stereotype.Service;

/**
 * Opens cases: one insert stores the case, its first timeline entry and its
 * {@code RequestReceived} event, which the outbox relay then publishes.
 */
@Service
class RequestIntake {

	static final String SOURCE = RequestIntakeApplication.NAME;

	/** Counter of accepted requests, tagged by type and channel. */
	static final String RECEIVED_METRIC = "oubli.requests.received";

	private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

	private final CaseStore cases;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final DeadlinePolicy deadline;

	private final Clock clock;

	private final MeterRegistry meters;

	RequestIntake(CaseStore cases, Outbox outbox, OutboxRelay relay, DeadlinePolicy deadline, Clock clock,
			MeterRegistry meters) {
		this.cases = cases;
		this.outbox = outbox;
		this.relay = relay;
		this.deadline = deadline;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Opens the case of a request.
	 * @param type the right exercised, one that is handled
	 * @param subject who the request is about
	 * @param channel how it came in
	 * @return the stored case
	 */
	CaseDocument open(RequestType type, Subject subject, String channel) {
		return open(RequestId.newId().toString(), type, subject, channel);
	}

	/**
	 * Opens the case of a request under an id chosen by the caller (derived from what
	 * came in, so that the same input opens the same case once).
	 * @param requestId the request id, a UUID
	 * @param type the right exercised
	 * @param subject who the request is about
	 * @param channel how it came in
	 * @return the stored case
	 * @throws org.springframework.dao.DuplicateKeyException if a case has this id
	 */
	CaseDocument open(String requestId, RequestType type, Subject subject, String channel) {
		// MongoDB keeps milliseconds: the event and the case must tell the same time
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate dueOn = this.deadline.dueOn(now);
		RequestReceived received = new RequestReceived(requestId, type, subject, channel, this.deadline.jurisdiction(),
				now, dueOn, false);
		EventEnvelope envelope = EventEnvelope.wrap(received, null, SOURCE, now);
		TimelineEntry entry = new TimelineEntry(envelope.eventId(), envelope.type(), now, RequestTypes.apiName(type)
				+ " request received via " + channel + "; due on " + dueOn + " (" + this.deadline.jurisdiction() + ")");
		CaseDocument opened = new CaseDocument(requestId, type, CaseSubject.of(subject), channel,
				this.deadline.jurisdiction(), now, dueOn, CaseStatus.AWAITING_VERIFICATION, List.of(entry), List.of(),
				this.outbox.entries(List.of(envelope)), List.of(envelope.eventId()), 0);
		this.cases.insert(opened);
		this.relay.wakeUp();
		received(type, channel).increment();
		log.info("Request {} received: {} via {}, due on {}", requestId, type, channel, dueOn);
		return opened;
	}

	private Counter received(RequestType type, String channel) {
		return Counter.builder(RECEIVED_METRIC)
			.description("Data-subject requests accepted")
			.tag("type", RequestTypes.apiName(type))
			.tag("channel", channel)
			.register(this.meters);
	}

}
