package org.oubli.verification.code;

import java.time.Clock;
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
import org.oubli.kit.secrets.SecretSeal;
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
 * {@code VerificationLocked} together. A request verified already answers verified
 * whatever the code, without comparing it. An expired code is refused without counting an
 * attempt, and closes the verification with {@code VerificationExpired} unless the sweep
 * of {@link StaleVerifications} did so first.
 * <p>
 * Request ids come from URLs: one that is not a UUID is answered as unknown without being
 * looked up or logged.
 */
@Service
public class VerificationService {

	static final String METHOD = "email-code";

	private static final Logger log = LoggerFactory.getLogger(VerificationService.class);

	private final SecretSeal seal;

	private final VerificationStore store;

	private final VerificationCodes codes;

	private final VerificationProperties properties;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MeterRegistry meters;

	private final StaleVerifications stale;

	VerificationService(VerificationStore store, VerificationCodes codes, VerificationProperties properties,
			Outbox outbox, OutboxRelay relay, Clock clock, MeterRegistry meters, StaleVerifications stale,
			SecretSeal seal) {
		this.seal = seal;
		this.store = store;
		this.codes = codes;
		this.properties = properties;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.meters = meters;
		this.stale = stale;
	}

	/**
	 * Opens the verification of a new request and issues its code; a repeat of the event
	 * (or any second event for the same request) changes nothing.
	 * @param envelope the {@code RequestReceived} envelope
	 * @param received its payload
	 */
	public void open(EventEnvelope envelope, RequestReceived received) {
		String requestId = received.requestId();
		if (!RequestIds.wellFormed(requestId)) {
			throw new PoisonMessageException("RequestReceived " + envelope.eventId() + " has a malformed request id");
		}
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
				new VerificationCodeIssued(requestId, received.subject(), this.seal.seal(code), expiresAt, maxAttempts),
				envelope, now);
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
	 * @param requestId the request id as given, checked here before any use
	 * @param code what the subject typed
	 * @return the outcome
	 */
	public VerificationResult verify(String requestId, String code) {
		if (!RequestIds.wellFormed(requestId)) {
			count(Outcome.NOT_FOUND);
			log.info("Verification attempt on a malformed request id: {}", Outcome.NOT_FOUND);
			return VerificationResult.of(null, Outcome.NOT_FOUND);
		}
		VerificationResult result = check(requestId, code);
		count(result.outcome());
		log.info("Verification attempt on request {}: {}", requestId, result.outcome());
		return result;
	}

	/**
	 * Where the verification of a request stands, if there is one; a pending one whose
	 * code has expired is {@code EXPIRED} already.
	 * @param requestId the request id as given, checked here before any use
	 */
	public Optional<VerificationStatus> statusOf(String requestId) {
		if (!RequestIds.wellFormed(requestId)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return Optional.ofNullable(this.store.find(requestId))
			.map((verification) -> (verification.status() == VerificationStatus.PENDING
					&& verification.attemptsLeft() > 0 && !now.isBefore(verification.expiresAt()))
							? VerificationStatus.EXPIRED : verification.status());
	}

	private void count(Outcome outcome) {
		this.meters.counter("oubli.verification.attempts", "outcome", outcome.name().toLowerCase(Locale.ROOT))
			.increment();
	}

	private VerificationResult check(String requestId, String code) {
		Instant now = this.clock.instant();
		Verification counted = this.store.reserveAttempt(requestId, now);
		if (counted == null) {
			return settled(requestId, now);
		}
		if (this.codes.matches(code, counted.codeHash())) {
			EventEnvelope verified = wrap(
					new IdentityVerified(requestId, counted.type(), counted.subject().toSubject(), METHOD, now), null,
					now);
			if (this.store.markVerified(requestId, now, verified)) {
				this.relay.wakeUp();
				return VerificationResult.of(requestId, Outcome.VERIFIED);
			}
			return settled(requestId, now);
		}
		return wrongCode(counted, now);
	}

	private VerificationResult wrongCode(Verification counted, Instant now) {
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
		return settled(requestId, now);
	}

	/**
	 * The answer when no attempt could be counted or its outcome could not be written. No
	 * code is compared here.
	 */
	private VerificationResult settled(String requestId, Instant now) {
		Verification current = this.store.find(requestId);
		if (current == null) {
			return VerificationResult.of(requestId, Outcome.NOT_FOUND);
		}
		return switch (current.status()) {
			case VERIFIED -> VerificationResult.of(requestId, Outcome.VERIFIED);
			case LOCKED -> VerificationResult.of(requestId, Outcome.LOCKED);
			case EXPIRED -> VerificationResult.of(requestId, Outcome.EXPIRED);
			case PENDING -> settledPending(current, now);
		};
	}

	private VerificationResult settledPending(Verification current, Instant now) {
		String requestId = current.id();
		if (current.attemptsLeft() <= 0) {
			this.stale.lockIfAbandoned(requestId, now);
			return VerificationResult.of(requestId, Outcome.LOCKED);
		}
		if (!now.isBefore(current.expiresAt())) {
			this.stale.expire(requestId, current.expiresAt(), now);
			return VerificationResult.of(requestId, Outcome.EXPIRED);
		}
		throw new IllegalStateException("Verification of request " + requestId
				+ " is pending with attempts left but no attempt could be counted");
	}

	private static EventEnvelope wrap(OubliEvent event, EventEnvelope cause, Instant now) {
		return EventEnvelope.wrap(event, cause, IdentityVerificationApplication.NAME, now);
	}

}
