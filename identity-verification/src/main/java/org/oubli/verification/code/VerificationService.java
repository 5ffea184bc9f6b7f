package org.oubli.verification.code;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.verification.IdentityVerificationApplication;
import org.oubli.verification.code.VerificationResult.Outcome;

import org.springframework.stereotype.Service;

/**
 * Issues one code per request and checks submitted codes.
 * <p>
 * An attempt is counted <em>before</em> its code is compared (one conditional
 * {@code $inc} while pending, attempts left and not expired), so however many guesses
 * arrive in parallel, at most {@code maxAttempts} are ever compared. The outcome is then
 * written with its events in one conditional update: verified with
 * {@code IdentityVerified}; wrong with {@code VerificationAttemptFailed}; the last wrong
 * one locks the request with {@code VerificationAttemptFailed} and
 * {@code VerificationLocked} together.
 */
@Service
public class VerificationService {

	/**
	 * How long a counted attempt may take before its verification counts as abandoned.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

	static final String METHOD = "email-code";

	private static final Logger log = LoggerFactory.getLogger(VerificationService.class);

	private final VerificationStore store;

	private final VerificationCodes codes;

	private final VerificationProperties properties;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MeterRegistry meters;

	VerificationService(VerificationStore store, VerificationCodes codes, VerificationProperties properties,
			Outbox outbox, OutboxRelay relay, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.codes = codes;
		this.properties = properties;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Opens the verification of a new request and issues its code; a repeat of the event
	 * (or any second event for the same request) changes nothing.
	 * @param envelope the {@code RequestReceived} envelope
	 * @param received its payload
	 */
	public void open(EventEnvelope envelope, RequestReceived received) {
		String requestId = received.requestId();
		if (received.subject() == null || received.subject().email() == null || received.type() == null) {
			throw new PoisonMessageException("RequestReceived " + requestId + " has no subject email or type");
		}
		if (this.store.exists(requestId)) {
			log.info("Verification of request {} is open already; event {} ignored", requestId, envelope.eventId());
			return;
		}
		String code = this.codes.generate();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.codeTtl());
		int maxAttempts = this.properties.maxAttempts();
		EventEnvelope issued = wrap(
				new VerificationCodeIssued(requestId, received.subject(), code, expiresAt, maxAttempts), envelope, now);
		Verification verification = new Verification(requestId, requestId, received.type(),
				StoredSubject.of(received.subject()), this.codes.hash(code), now, expiresAt, maxAttempts, 0,
				maxAttempts, VerificationStatus.PENDING, null, null, null, this.outbox.entries(List.of(issued)),
				List.of(envelope.eventId()));
		if (this.store.insert(verification)) {
			this.relay.wakeUp();
			log.info("Verification code issued for request {}, expires at {}", requestId, expiresAt);
		}
		else {
			log.info("Verification of request {} was opened concurrently; event {} ignored", requestId,
					envelope.eventId());
		}
	}

	/**
	 * Checks a submitted code.
	 * @param requestId the request
	 * @param code what the subject typed
	 * @return the outcome
	 */
	public VerificationResult verify(String requestId, String code) {
		VerificationResult result = check(requestId, code);
		this.meters.counter("oubli.verification.attempts", "outcome", result.outcome().name().toLowerCase(Locale.ROOT))
			.increment();
		log.info("Verification attempt on request {}: {}", requestId, result.outcome());
		return result;
	}

	/** Where the verification of a request stands, if there is one. */
	public Optional<VerificationStatus> statusOf(String requestId) {
		return Optional.ofNullable(this.store.find(requestId)).map(Verification::status);
	}

	private VerificationResult check(String requestId, String code) {
		Instant now = this.clock.instant();
		Verification counted = this.store.reserveAttempt(requestId, now);
		if (counted == null) {
			return settled(requestId, code, now);
		}
		if (this.codes.matches(code, counted.codeHash())) {
			EventEnvelope verified = wrap(
					new IdentityVerified(requestId, counted.type(), counted.subject().toSubject(), METHOD, now), null,
					now);
			if (this.store.markVerified(requestId, now, verified)) {
				this.relay.wakeUp();
				return VerificationResult.of(requestId, Outcome.VERIFIED);
			}
			return settled(requestId, code, now);
		}
		return wrongCode(counted, code, now);
	}

	private VerificationResult wrongCode(Verification counted, String code, Instant now) {
		String requestId = counted.id();
		int left = counted.attemptsLeft();
		EventEnvelope failed = wrap(new VerificationAttemptFailed(requestId, left, now), null, now);
		if (left > 0) {
			this.store.recordFailedAttempt(requestId, failed);
			this.relay.wakeUp();
			return VerificationResult.wrongCode(requestId, left);
		}
		EventEnvelope locked = wrap(new VerificationLocked(requestId, now), null, now);
		if (this.store.lock(requestId, now, List.of(failed, locked))) {
			this.relay.wakeUp();
			log.warn("Request {} locked after {} wrong codes", requestId, counted.attempts());
			return VerificationResult.of(requestId, Outcome.LOCKED);
		}
		return settled(requestId, code, now);
	}

	/**
	 * The answer when no attempt could be counted or its outcome could not be written.
	 */
	private VerificationResult settled(String requestId, String code, Instant now) {
		Verification current = this.store.find(requestId);
		if (current == null) {
			return VerificationResult.of(requestId, Outcome.NOT_FOUND);
		}
		switch (current.status()) {
			case VERIFIED:
				return VerificationResult.of(requestId,
						this.codes.matches(code, current.codeHash()) ? Outcome.VERIFIED : Outcome.ALREADY_VERIFIED);
			case LOCKED:
				return VerificationResult.of(requestId, Outcome.LOCKED);
			default:
				if (current.attemptsLeft() <= 0) {
					lockIfAbandoned(requestId, now);
					return VerificationResult.of(requestId, Outcome.LOCKED);
				}
				if (!now.isBefore(current.expiresAt())) {
					return VerificationResult.of(requestId, Outcome.EXPIRED);
				}
				throw new IllegalStateException("Verification of request " + requestId
						+ " is pending with attempts left but no attempt could be counted");
		}
	}

	private void lockIfAbandoned(String requestId, Instant now) {
		EventEnvelope locked = wrap(new VerificationLocked(requestId, now), null, now);
		if (this.store.lockAbandoned(requestId, now.minus(ABANDONED_AFTER), now, locked)) {
			this.relay.wakeUp();
			log.warn("Request {} locked: its attempts ran out and the last one never finished", requestId);
		}
	}

	private static EventEnvelope wrap(OubliEvent event, EventEnvelope cause, Instant now) {
		return EventEnvelope.wrap(event, cause, IdentityVerificationApplication.NAME, now);
	}

}
