package org.oubli.intake.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.CaseSubject;
import org.oubli.intake.cases.Complaint;
import org.oubli.intake.cases.OpenCaseKeys;
import org.oubli.intake.cases.RequestDetails;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.deadline.DeadlineProperties;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.stereotype.Service;

/**
 * The one entry point for new requests, whatever the channel (REST API, web form, email
 * inbox, logged-in account): {@link #submit(NewRequestCommand)}.
 * <p>
 * A request of the same type for the same subject (same normalised email) as a case still
 * open is linked to that case, not started again: it gets its own reference and a
 * {@code RequestLinked} event. Race-safe without transactions: the first request claims a
 * key in {@code open_case_keys} whose {@code _id} is a keyed hash of type + email
 * (MongoDB's unique {@code _id} lets one insert win), and the key is released when the
 * case ends. A key whose case never appeared (a crash between the two inserts) or has
 * ended is released and claimed again, so no request is ever lost to a stale key.
 * <p>
 * A new case is one insert holding the case, its deadline clock, its first timeline entry
 * and its {@code RequestReceived} event, which the outbox relay then publishes.
 */
@Service
public class RequestIntake {

	static final String SOURCE = RequestIntakeApplication.NAME;

	/** Counter of accepted requests, tagged by type and channel. */
	static final String RECEIVED_METRIC = "oubli.requests.received";

	/** Counter of requests linked to an open case, tagged by type and channel. */
	static final String LINKED_METRIC = "oubli.requests.linked";

	private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

	private static final int MAX_CLAIMS = 40;

	/** How long a claimed key may wait for its case before it counts as stale. */
	private static final Duration CLAIM_GRACE = Duration.ofSeconds(30);

	private final CaseStore cases;

	private final OpenCaseKeys openKeys;

	private final DuplicateKeys duplicateKeys;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final DeadlinePolicies policies;

	private final DeadlinePolicy defaultPolicy;

	private final int complaintWorkingDays;

	private final Clock clock;

	private final MeterRegistry meters;

	RequestIntake(CaseStore cases, OpenCaseKeys openKeys, DuplicateProperties duplicates, Outbox outbox,
			OutboxRelay relay, DeadlinePolicies policies, DeadlinePolicy defaultPolicy, DeadlineProperties deadline,
			Clock clock, MeterRegistry meters) {
		this.cases = cases;
		this.openKeys = openKeys;
		this.duplicateKeys = new DuplicateKeys(duplicates.key());
		this.outbox = outbox;
		this.relay = relay;
		this.policies = policies;
		this.defaultPolicy = defaultPolicy;
		this.complaintWorkingDays = deadline.complaintAcknowledgementWorkingDays();
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Takes a request in: opens its case (status {@code AWAITING_VERIFICATION}, or
	 * running at once for the {@code account} channel whose identity the platform vouches
	 * for), or links it to the open case of the same subject and type.
	 * @param command the checked request
	 * @return {@link IntakeResult.Accepted} with the case (reference = request id, due
	 * date, jurisdiction), or {@link IntakeResult.Linked} naming the open case
	 */
	public IntakeResult submit(NewRequestCommand command) {
		return submit(RequestId.newId().toString(), command);
	}

	/**
	 * Takes a request in under an id chosen by the caller (derived from what came in, so
	 * that the same input is taken in once: see {@link ChannelRequests}).
	 * @param requestId the request id, a UUID
	 * @param command the checked request
	 * @return as {@link #submit(NewRequestCommand)}
	 * @throws org.springframework.dao.DuplicateKeyException if a request has this id
	 */
	public IntakeResult submit(String requestId, NewRequestCommand command) {
		String key = this.duplicateKeys.of(command.type(), command.email());
		for (int attempt = 1; attempt <= MAX_CLAIMS; attempt++) {
			// MongoDB keeps milliseconds: the event and the case must tell the same time
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			Optional<OpenCaseKeys.Holder> holder = this.openKeys.claim(key, requestId, now);
			if (holder.isEmpty()) {
				return open(requestId, key, command, now);
			}
			Optional<CaseDocument> open = Optional.ofNullable(holder.get().requestId()).flatMap(this.cases::find);
			if (open.isPresent() && !open.get().status().isTerminal()) {
				return link(requestId, command, open.get(), now);
			}
			if (open.isPresent() || holder.get().claimedAt().isBefore(now.minus(CLAIM_GRACE))) {
				// ended, or its case never came: free the key and claim it again
				this.openKeys.release(key, holder.get().requestId());
			}
			else {
				pause();
			}
		}
		// never lose a request to key contention: open it without a key
		log.warn("Request {}: open-case key kept changing hands; opened without duplicate detection", requestId);
		return open(requestId, null, command, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	private IntakeResult.Accepted open(String requestId, String key, NewRequestCommand command, Instant now) {
		Optional<DeadlinePolicy> covering = this.policies.forCountry(command.country());
		DeadlinePolicy policy = covering.orElse(this.defaultPolicy);
		LocalDate receivedOn = policy.dateOf(now);
		DeadlineClock deadlineClock = DeadlineClock.start(policy.identityWait(), receivedOn, command.identityAwaited());
		LocalDate dueOn = policy.dueOn(command.type(), deadlineClock, receivedOn);
		Subject subject = new Subject(command.email(), command.accountId(), command.language());
		RequestReceived received = new RequestReceived(requestId, command.type(), subject, command.channel(),
				policy.jurisdiction(), now, dueOn, command.authorizedAgent());
		EventEnvelope envelope = EventEnvelope.wrap(received, null, SOURCE, now);
		String fallback = covering.isEmpty() ? ", default policy" : "";
		TimelineEntry entry = new TimelineEntry(envelope.eventId(), envelope.type(), now,
				RequestTypes.apiName(command.type()) + " request received via " + command.channel() + "; due on "
						+ dueOn + " (" + policy.jurisdiction() + fallback + ", clock " + deadlineClock.state() + ")");
		Complaint complaint = command.complaint()
				? new Complaint(policy.workingDays().after(receivedOn, this.complaintWorkingDays)) : null;
		RequestDetails details = new RequestDetails(command.phone(), command.details(), command.country(),
				command.authorizedAgent());
		CaseDocument opened = new CaseDocument(requestId, command.type(), CaseSubject.of(subject), command.channel(),
				policy.jurisdiction(), now, dueOn, CaseStatus.AWAITING_VERIFICATION, List.of(entry), List.of(),
				this.outbox.entries(openingEvents(envelope, command, now)), List.of(envelope.eventId()), 0,
				covering.isEmpty(), deadlineClock, details, complaint, null, null, key);
		try {
			this.cases.insert(opened);
		}
		catch (RuntimeException ex) {
			this.openKeys.release(key, requestId);
			throw ex;
		}
		this.relay.wakeUp();
		counter(RECEIVED_METRIC, "Data-subject requests accepted", command).increment();
		log.info("Request {} received: {} via {}, {} due on {}", requestId, command.type(), command.channel(),
				policy.jurisdiction(), dueOn);
		return new IntakeResult.Accepted(opened, covering.isEmpty());
	}

	/**
	 * The events a new case publishes: {@code RequestReceived}, and for an authorized
	 * agent's request a {@code RequestNeedsAttention}, since only staff can review the
	 * mandate and record the attestation (identity-verification waits for it; no code is
	 * sent).
	 */
	private List<EventEnvelope> openingEvents(EventEnvelope received, NewRequestCommand command, Instant now) {
		if (!command.authorizedAgent()) {
			return List.of(received);
		}
		RequestNeedsAttention review = new RequestNeedsAttention(received.requestId(),
				"An authorized agent made this request: review the identity and the mandate, then record the "
						+ "attestation (POST /staff/api/v1/verifications/" + received.requestId() + "/attestation)");
		return List.of(received, EventEnvelope.wrap(review, received, SOURCE, now));
	}

	private IntakeResult.Linked link(String requestId, NewRequestCommand command, CaseDocument open, Instant now) {
		Subject subject = new Subject(command.email(), command.accountId(), command.language());
		RequestLinked linked = new RequestLinked(requestId, open.id(), command.type(), subject, now);
		EventEnvelope envelope = EventEnvelope.wrap(linked, null, SOURCE, now);
		TimelineEntry entry = new TimelineEntry(envelope.eventId(), envelope.type(), now,
				RequestTypes.apiName(command.type()) + " request received via " + command.channel()
						+ "; linked to open request " + open.id());
		CaseDocument stored = new CaseDocument(requestId, command.type(), CaseSubject.of(subject), command.channel(),
				open.jurisdiction(), now, open.dueOn(), CaseStatus.LINKED, List.of(entry), List.of(),
				this.outbox.entries(List.of(envelope)), List.of(envelope.eventId()), 0, open.defaultJurisdiction(),
				null,
				new RequestDetails(command.phone(), command.details(), command.country(), command.authorizedAgent()),
				null, null, open.id(), null);
		this.cases.insert(stored);
		this.relay.wakeUp();
		counter(LINKED_METRIC, "Requests linked to a case already open", command).increment();
		log.info("Request {} linked to open request {} ({} via {})", requestId, open.id(), command.type(),
				command.channel());
		return new IntakeResult.Linked(stored, open);
	}

	private Counter counter(String name, String description, NewRequestCommand command) {
		return Counter.builder(name)
			.description(description)
			.tag("type", RequestTypes.apiName(command.type()))
			.tag("channel", command.channel())
			.register(this.meters);
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an open case", ex);
		}
	}

}
