package org.oubli.verification.code;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.IdentityCheck;
import org.oubli.contracts.connector.IdentityCheck.DataPointKind;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.contracts.events.VerificationRejected;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.verification.IdentityVerificationApplication;
import org.oubli.verification.code.IdentityChecker.IdentityCheckUnavailableException;
import org.oubli.verification.code.VerificationResult.Outcome;

import org.springframework.stereotype.Service;

/**
 * Opens each request's verification at the level its {@link VerificationPolicy} asks for,
 * issues and re-issues codes, checks codes and data points, and records staff's
 * attestations.
 * <p>
 * An attempt (code or data point: one count per request) is counted <em>before</em> it is
 * compared (one conditional {@code $inc} while open, attempts left and not expired), so
 * however many guesses arrive in parallel, at most {@code maxAttempts} are ever compared.
 * The outcome is then written with its events in one conditional update: verified with
 * {@code IdentityVerified}; wrong with {@code VerificationAttemptFailed}; the last wrong
 * one locks the request with {@code VerificationAttemptFailed} and
 * {@code VerificationLocked} together. A request verified already answers verified
 * whatever is submitted, without comparing it. An expired code is refused without
 * counting an attempt; the subject may ask for a new one, within
 * {@link VerificationPolicy#maxCodes()} and {@link VerificationPolicy#resendInterval()}.
 * The verification period ({@link VerificationPolicy#verificationPeriod()}) ends with
 * {@code VerificationExpired}.
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

	private final VerificationPolicy policy;

	private final IdentityChecker checker;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MeterRegistry meters;

	private final StaleVerifications stale;

	VerificationService(VerificationStore store, VerificationCodes codes, VerificationProperties properties,
			VerificationPolicy policy, IdentityChecker checker, Outbox outbox, OutboxRelay relay, Clock clock,
			MeterRegistry meters, StaleVerifications stale, SecretSeal seal) {
		this.seal = seal;
		this.store = store;
		this.codes = codes;
		this.properties = properties;
		this.policy = policy;
		this.checker = checker;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.meters = meters;
		this.stale = stale;
	}

	/**
	 * Opens the verification of a new request at its level: verified at once (existing
	 * authentication), awaiting staff (manual review) or with a code sent; a repeat of
	 * the event (or any second event for the same request) changes nothing.
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
		VerificationLevel level = this.policy.levelFor(received);
		Instant now = this.clock.instant();
		Instant verifyBy = now.plus(this.policy.verificationPeriod());
		Instant remindAt = now.plus(this.policy.reminderAfter());
		if (!remindAt.isBefore(verifyBy)) {
			remindAt = null;
		}
		int maxAttempts = this.properties.maxAttempts();
		StoredSubject subject = StoredSubject.of(received.subject());
		Verification verification = switch (level) {
			case EXISTING_AUTHENTICATION ->
				new Verification(requestId, requestId, received.type(), subject, null, now, null, maxAttempts, 0,
						maxAttempts, VerificationStatus.VERIFIED, null, now, null, level, verifyBy, null, 0, null, null,
						this.outbox.entries(List.of(wrap(new IdentityVerified(requestId, received.type(),
								received.subject(), level.method(), now), envelope, now))),
						List.of(envelope.eventId()));
			case MANUAL_REVIEW -> new Verification(requestId, requestId, received.type(), subject, null, now, null,
					maxAttempts, 0, maxAttempts, VerificationStatus.AWAITING_REVIEW, null, null, null, level, verifyBy,
					null, 0, null, null, List.of(), List.of(envelope.eventId()));
			case EMAIL_CODE, EMAIL_CODE_AND_DATA_POINT -> {
				String code = this.codes.generate();
				Instant expiresAt = now.plus(this.properties.codeTtl());
				EventEnvelope issued = wrap(new VerificationCodeIssued(requestId, received.subject(),
						this.seal.seal(code), expiresAt, maxAttempts), envelope, now);
				yield new Verification(requestId, requestId, received.type(), subject, this.codes.hash(code), now,
						expiresAt, maxAttempts, 0, maxAttempts, VerificationStatus.PENDING, null, null, null, level,
						verifyBy, remindAt, 1, null, null, this.outbox.entries(List.of(issued)),
						List.of(envelope.eventId()));
			}
		};
		if (this.store.insert(verification)) {
			this.relay.wakeUp();
			log.info("Verification of request {} opened at level {}, to be done by {}", requestId, level, verifyBy);
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
			return counted("code", null, VerificationResult.of(null, Outcome.NOT_FOUND));
		}
		return counted("code", requestId, check(requestId, code));
	}

	/**
	 * Checks a second data point with the profiles system, after the code. Whether the
	 * value is wrong or no account exists, the answer is the same.
	 * @param requestId the request id as given, checked here before any use
	 * @param kind which data point
	 * @param value what the subject typed
	 * @return the outcome
	 */
	public VerificationResult verifyDataPoint(String requestId, DataPointKind kind, String value) {
		if (!RequestIds.wellFormed(requestId)) {
			return counted("data-point", null, VerificationResult.of(null, Outcome.NOT_FOUND));
		}
		return counted("data-point", requestId, checkDataPoint(requestId, kind, value));
	}

	/**
	 * Sends a new code to a pending request (the last one expired or went astray), at
	 * most {@link VerificationPolicy#maxCodes()} in all and one per
	 * {@link VerificationPolicy#resendInterval()}. The attempts left are not reset.
	 * @param requestId the request id as given, checked here before any use
	 * @return {@code CODE_SENT} or why not
	 */
	public VerificationResult resendCode(String requestId) {
		if (!RequestIds.wellFormed(requestId)) {
			return counted("resend", null, VerificationResult.of(null, Outcome.NOT_FOUND));
		}
		Instant now = this.clock.instant();
		Verification current = this.store.find(requestId);
		if (current == null) {
			return counted("resend", requestId, VerificationResult.of(requestId, Outcome.NOT_FOUND));
		}
		if (current.status() != VerificationStatus.PENDING) {
			return counted("resend", requestId, settled(requestId, now));
		}
		if (current.codesIssued() >= this.policy.maxCodes()) {
			return counted("resend", requestId, VerificationResult.of(requestId, Outcome.NO_MORE_CODES));
		}
		String code = this.codes.generate();
		Instant expiresAt = now.plus(this.properties.codeTtl());
		EventEnvelope issued = wrap(new VerificationCodeIssued(requestId, current.subject().toSubject(),
				this.seal.seal(code), expiresAt, current.attemptsLeft()), null, now);
		if (this.store.reissue(requestId, this.codes.hash(code), now, expiresAt,
				now.minus(this.policy.resendInterval()), this.policy.maxCodes(), issued)) {
			this.relay.wakeUp();
			return counted("resend", requestId, VerificationResult.of(requestId, Outcome.CODE_SENT));
		}
		Verification after = this.store.find(requestId);
		if (after.status() != VerificationStatus.PENDING || periodOver(after, now) || after.attemptsLeft() <= 0) {
			return counted("resend", requestId, settled(requestId, now));
		}
		return counted("resend", requestId, VerificationResult.of(requestId,
				(after.codesIssued() >= this.policy.maxCodes()) ? Outcome.NO_MORE_CODES : Outcome.CODE_RECENTLY_SENT));
	}

	/** What became of an attestation. */
	public enum AttestationOutcome {

		/** Recorded: the request is verified or rejected. */
		RECORDED,
		/** No such request (or a malformed id). */
		NOT_FOUND,
		/** The request is not awaiting a manual review (or was reviewed already). */
		NOT_AWAITING_REVIEW

	}

	/**
	 * Records staff's review of a request awaiting one: approved verifies it
	 * ({@code IdentityVerified}, method {@code manual-review}), rejected ends it
	 * ({@code VerificationRejected}). Only the first attestation counts.
	 * @param requestId the request id as given, checked here before any use
	 * @param attestation what staff checked and decided
	 * @return what became of it
	 */
	public AttestationOutcome attest(String requestId, Attestation attestation) {
		if (!RequestIds.wellFormed(requestId)) {
			return AttestationOutcome.NOT_FOUND;
		}
		Verification current = this.store.find(requestId);
		if (current == null) {
			return AttestationOutcome.NOT_FOUND;
		}
		if (current.status() != VerificationStatus.AWAITING_REVIEW) {
			return AttestationOutcome.NOT_AWAITING_REVIEW;
		}
		Instant now = attestation.attestedAt();
		boolean approved = attestation.decision() == Attestation.Decision.APPROVED;
		EventEnvelope event = approved
				? wrap(new IdentityVerified(requestId, current.type(), current.subject().toSubject(),
						VerificationLevel.MANUAL_REVIEW.method(), now), null, now)
				: wrap(new VerificationRejected(requestId, attestation.method(), now), null, now);
		if (this.store.attest(requestId, attestation,
				approved ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED, now, event)) {
			this.relay.wakeUp();
			log.info("Request {}: manual review recorded, {}", requestId, attestation.decision());
			return AttestationOutcome.RECORDED;
		}
		return AttestationOutcome.NOT_AWAITING_REVIEW;
	}

	/** The clock attestations are dated by. */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Where the verification of a request stands, if there is one; an open one whose
	 * verification period has ended is {@code EXPIRED} already.
	 * @param requestId the request id as given, checked here before any use
	 */
	public Optional<VerificationStatus> statusOf(String requestId) {
		return viewOf(requestId).map(View::status);
	}

	/**
	 * What the page shows of a request.
	 *
	 * @param status where it stands
	 * @param codeExpired whether the current code has expired (a new one may be asked
	 * for)
	 * @param canResend whether a new code may be asked for now
	 */
	public record View(VerificationStatus status, boolean codeExpired, boolean canResend) {
	}

	/**
	 * What the page shows of a request, if it exists.
	 * @param requestId the request id as given, checked here before any use
	 */
	public Optional<View> viewOf(String requestId) {
		if (!RequestIds.wellFormed(requestId)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return Optional.ofNullable(this.store.find(requestId)).map((verification) -> {
			VerificationStatus status = verification.status();
			boolean open = VerificationStore.OPEN.contains(status);
			if (open && verification.attemptsLeft() > 0 && verification.verifyBy() != null
					&& !now.isBefore(verification.verifyBy())) {
				return new View(VerificationStatus.EXPIRED, false, false);
			}
			boolean codeExpired = status == VerificationStatus.PENDING && verification.expiresAt() != null
					&& !now.isBefore(verification.expiresAt());
			boolean canResend = status == VerificationStatus.PENDING
					&& verification.codesIssued() < this.policy.maxCodes();
			return new View(status, codeExpired, canResend);
		});
	}

	private VerificationResult counted(String step, String requestId, VerificationResult result) {
		this.meters
			.counter("oubli.verification.attempts", "step", step, "outcome",
					result.outcome().name().toLowerCase(Locale.ROOT))
			.increment();
		if (requestId == null) {
			log.info("Verification {} on a malformed request id: {}", step, result.outcome());
		}
		else {
			log.info("Verification {} on request {}: {}", step, requestId, result.outcome());
		}
		return result;
	}

	private VerificationResult check(String requestId, String code) {
		Instant now = this.clock.instant();
		Verification counted = this.store.reserveAttempt(requestId, now);
		if (counted == null) {
			return settled(requestId, now);
		}
		if (this.codes.matches(code, counted.codeHash())) {
			if (counted.level() == VerificationLevel.EMAIL_CODE_AND_DATA_POINT) {
				if (this.store.markCodeConfirmed(requestId, now)) {
					return VerificationResult.of(requestId, Outcome.DATA_POINT_REQUIRED);
				}
				return settled(requestId, now);
			}
			EventEnvelope verified = wrap(
					new IdentityVerified(requestId, counted.type(), counted.subject().toSubject(), METHOD, now), null,
					now);
			if (this.store.markVerified(requestId, VerificationStatus.PENDING, now, verified)) {
				this.relay.wakeUp();
				return VerificationResult.of(requestId, Outcome.VERIFIED);
			}
			return settled(requestId, now);
		}
		return wrong(counted, VerificationStatus.PENDING, Outcome.WRONG_CODE, now);
	}

	private VerificationResult checkDataPoint(String requestId, DataPointKind kind, String value) {
		Instant now = this.clock.instant();
		Verification counted = this.store.reserveDataPointAttempt(requestId, now);
		if (counted == null) {
			return settled(requestId, now);
		}
		boolean match;
		try {
			match = this.checker.matches(new IdentityCheck(requestId, counted.subject().email(), kind, value.strip()));
		}
		catch (IdentityCheckUnavailableException ex) {
			this.store.refundAttempt(requestId);
			log.warn("Data point of request {} could not be checked: {}", requestId, ex.getMessage());
			return VerificationResult.of(requestId, Outcome.CHECK_UNAVAILABLE);
		}
		if (match) {
			EventEnvelope verified = wrap(new IdentityVerified(requestId, counted.type(), counted.subject().toSubject(),
					VerificationLevel.EMAIL_CODE_AND_DATA_POINT.method(), now), null, now);
			if (this.store.markVerified(requestId, VerificationStatus.AWAITING_DATA_POINT, now, verified)) {
				this.relay.wakeUp();
				return VerificationResult.of(requestId, Outcome.VERIFIED);
			}
			return settled(requestId, now);
		}
		return wrong(counted, VerificationStatus.AWAITING_DATA_POINT, Outcome.WRONG_DATA_POINT, now);
	}

	private VerificationResult wrong(Verification counted, VerificationStatus from, Outcome outcome, Instant now) {
		String requestId = counted.id();
		int left = counted.attemptsLeft();
		EventEnvelope failed = wrap(new VerificationAttemptFailed(requestId, left, now), null, now);
		if (left > 0) {
			this.store.recordFailedAttempt(requestId, failed);
			this.relay.wakeUp();
			return VerificationResult.wrong(requestId, outcome, left);
		}
		EventEnvelope locked = wrap(new VerificationLocked(requestId, now), null, now);
		if (this.store.lock(requestId, from, now, List.of(failed, locked))) {
			this.relay.wakeUp();
			log.warn("Request {} locked after {} wrong attempts", requestId, counted.attempts());
			return VerificationResult.of(requestId, Outcome.LOCKED);
		}
		return settled(requestId, now);
	}

	/**
	 * The answer when no attempt could be counted or its outcome could not be written.
	 * Nothing is compared here.
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
			case AWAITING_REVIEW -> VerificationResult.of(requestId, Outcome.AWAITING_REVIEW);
			case REJECTED -> VerificationResult.of(requestId, Outcome.REJECTED);
			case PENDING, AWAITING_DATA_POINT -> settledOpen(current, now);
		};
	}

	private VerificationResult settledOpen(Verification current, Instant now) {
		String requestId = current.id();
		if (current.attemptsLeft() <= 0) {
			this.stale.lockIfAbandoned(requestId, now);
			return VerificationResult.of(requestId, Outcome.LOCKED);
		}
		if (periodOver(current, now)) {
			this.stale.expire(requestId, current.verifyBy(), now);
			return VerificationResult.of(requestId, Outcome.EXPIRED);
		}
		if (current.status() == VerificationStatus.AWAITING_DATA_POINT) {
			return VerificationResult.of(requestId, Outcome.DATA_POINT_REQUIRED);
		}
		if (current.expiresAt() == null || !now.isBefore(current.expiresAt())) {
			return VerificationResult.of(requestId, Outcome.CODE_EXPIRED);
		}
		// pending with a live code: only a data point can end up here
		return VerificationResult.of(requestId, Outcome.CODE_REQUIRED);
	}

	/**
	 * Whether the verification period has ended; a document written before periods
	 * existed (none) never ends by itself.
	 */
	private static boolean periodOver(Verification verification, Instant now) {
		return verification.verifyBy() != null && !now.isBefore(verification.verifyBy());
	}

	private static EventEnvelope wrap(OubliEvent event, EventEnvelope cause, Instant now) {
		return EventEnvelope.wrap(event, cause, IdentityVerificationApplication.NAME, now);
	}

}
