package org.oubli.verification.code;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.verification.IdentityVerificationApplication;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds subjects who have not verified half-way through (once,
 * {@code VerificationReminderDue}) and closes the open verifications nobody can finish
 * any more: a verification period that ended unverified becomes {@code EXPIRED} with
 * {@code VerificationExpired} (request-intake closes the case as unverified); attempts
 * that ran out while the last one never finished (the process stopped between counting
 * and checking it) lock the request with {@code VerificationLocked}. Every
 * {@code oubli.verification.expiry-sweep-interval} a sweep looks for them; a submitted
 * code finds them too. Each is one conditional update on the pending status, so however
 * many sweeps and submissions meet, each request gets one event.
 */
@Component
class StaleVerifications {

	/**
	 * How long a counted attempt may take to check its code: after that, it was
	 * abandoned. Until then, a code counted before its expiry may still verify the
	 * request, so it is not expired under it.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

	/** The most verifications of each kind one sweep closes; the next takes the rest. */
	static final int SWEEP_BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(StaleVerifications.class);

	private final VerificationStore store;

	private final OutboxRelay relay;

	private final Clock clock;

	StaleVerifications(VerificationStore store, OutboxRelay relay, Clock clock) {
		this.store = store;
		this.relay = relay;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${oubli.verification.expiry-sweep-interval:1m}",
			initialDelayString = "${oubli.verification.expiry-sweep-interval:1m}")
	void scheduledSweep() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Sweep of expired verifications failed ({}); the next one will retry",
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Closes what is stale now.
	 * @return how many verifications this sweep closed
	 */
	int sweep() {
		Instant now = this.clock.instant();
		Instant settledBefore = now.minus(ABANDONED_AFTER);
		int closed = 0;
		for (VerificationStore.Stale abandoned : this.store.findAbandoned(settledBefore, SWEEP_BATCH)) {
			closed += lockIfAbandoned(abandoned.id(), now) ? 1 : 0;
		}
		for (VerificationStore.Stale expired : this.store.findExpired(now, settledBefore, SWEEP_BATCH)) {
			closed += expire(expired.id(), expired.verifyBy(), now) ? 1 : 0;
		}
		for (VerificationStore.Stale due : this.store.findDueReminders(now, SWEEP_BATCH)) {
			remind(due.id(), now);
		}
		return closed;
	}

	/**
	 * The reminder of an open verification whose reminder is due, once.
	 * @return whether this call wrote it
	 */
	boolean remind(String requestId, Instant now) {
		Verification verification = this.store.find(requestId);
		if (verification == null || verification.subject() == null) {
			return false;
		}
		EventEnvelope reminder = wrap(
				new VerificationReminderDue(requestId, verification.subject().toSubject(), verification.verifyBy()),
				now);
		if (!this.store.remind(requestId, now, reminder)) {
			return false;
		}
		this.relay.wakeUp();
		log.info("Request {} is still unverified; reminder due", requestId);
		return true;
	}

	/**
	 * Open to expired with {@code VerificationExpired}, unless it is not open any more,
	 * its verification period has not ended, it has no attempt left, or an attempt
	 * counted in the last {@link #ABANDONED_AFTER} may still be checking its code.
	 * @return whether this call expired it
	 */
	boolean expire(String requestId, Instant verifyBy, Instant now) {
		EventEnvelope expired = wrap(new VerificationExpired(requestId, verifyBy), now);
		if (!this.store.expire(requestId, now, now.minus(ABANDONED_AFTER), expired)) {
			return false;
		}
		this.relay.wakeUp();
		log.warn("Request {} was not verified within its verification period; it will be closed", requestId);
		return true;
	}

	/**
	 * Pending to locked with {@code VerificationLocked}, if its attempts ran out and the
	 * last one was counted more than {@link #ABANDONED_AFTER} ago without an outcome.
	 * @return whether this call locked it
	 */
	boolean lockIfAbandoned(String requestId, Instant now) {
		EventEnvelope locked = wrap(new VerificationLocked(requestId, now), now);
		if (!this.store.lockAbandoned(requestId, now.minus(ABANDONED_AFTER), now, locked)) {
			return false;
		}
		this.relay.wakeUp();
		log.warn("Request {} locked: its attempts ran out and the last one never finished", requestId);
		return true;
	}

	private static EventEnvelope wrap(OubliEvent event, Instant now) {
		return EventEnvelope.wrap(event, null, IdentityVerificationApplication.NAME, now);
	}

}
