package org.oubli.intake.deadletters;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.NotFoundException;
import org.oubli.kit.web.OubliProblemHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A person's decisions on dead letters: replay to the source topic, or discard. Each is
 * taken once (a second one is refused, nothing changes) and appended to the audit trail
 * ({@value #REPLAYED} / {@value #DISCARDED}: actor, dead letter id, request id when
 * known, reason code, source topic).
 * <p>
 * A replay claims the item first ({@code REPLAYING}), then sends, then marks it
 * {@code REPLAYED}; if the send fails the item is open again and nothing is audited. An
 * instance that dies between claim and send leaves a claim that may be decided again once
 * it is older than {@code staleClaim}.
 */
public class DeadLetterResolutions {

	/** Audit action of a replay. */
	public static final String REPLAYED = "dead-letter.replayed";

	/** Audit action of a discard. */
	public static final String DISCARDED = "dead-letter.discarded";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterResolutions.class);

	private final DeadLetterStore store;

	private final DeadLetterReplayer replayer;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration staleClaim;

	DeadLetterResolutions(DeadLetterStore store, DeadLetterReplayer replayer, AuditTrail audit, Clock clock,
			Duration staleClaim) {
		this.store = store;
		this.replayer = replayer;
		this.audit = audit;
		this.clock = clock;
		this.staleClaim = staleClaim;
	}

	/**
	 * Dead letters in a status (about one request, if not {@code null}), oldest first,
	 * without their raw bytes.
	 */
	public List<DeadLetter> list(DeadLetter.Status status, String requestId, int limit) {
		return this.store.list(status, requestId, limit);
	}

	/**
	 * A dead letter.
	 * @throws NotFoundException if there is none with this id
	 */
	public DeadLetter get(String id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Dead letter", "with this id"));
	}

	/**
	 * Sends the dead letter again to its source topic and marks it replayed.
	 * @param id the dead letter
	 * @param reason why
	 * @param actor the staff user name
	 * @return the dead letter as it is now
	 */
	public DeadLetter replay(String id, ReplayReason reason, String actor) {
		DeadLetter letter = undecided(id);
		Instant now = now();
		DeadLetter.Resolution claim = new DeadLetter.Resolution(actor, now, reason.name(), null);
		if (!this.store.decide(id, now.minus(this.staleClaim), DeadLetter.Status.REPLAYING, claim)) {
			throw decided(get(id));
		}
		try {
			this.replayer.replay(letter);
		}
		catch (DeadLetterReplayer.ReplayFailedException ex) {
			this.store.settle(id, claim, DeadLetter.Status.OPEN, null);
			log.warn("Dead letter {} could not be replayed to {}: {}", id, letter.sourceTopic(), ex.getMessage());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The broker did not take the replay; the dead letter is still open. Try again later.");
			problem.setType(URI.create(OubliProblemHandler.TYPE_BASE + "replay-failed"));
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, ex);
		}
		DeadLetter.Resolution done = new DeadLetter.Resolution(actor, now, reason.name(), now());
		if (!this.store.settle(id, claim, DeadLetter.Status.REPLAYED, done)) {
			// only a stale-claim takeover gets here; the replay went out all the same
			log.warn("Dead letter {} was taken over while its replay was sent", id);
		}
		record(actor, REPLAYED, letter, reason.name());
		log.info("Dead letter {} replayed to {} by {} ({})", id, letter.sourceTopic(), actor, reason);
		return get(id);
	}

	/**
	 * Sets the dead letter aside.
	 * @param id the dead letter
	 * @param reason why
	 * @param actor the staff user name
	 * @return the dead letter as it is now
	 */
	public DeadLetter discard(String id, DiscardReason reason, String actor) {
		DeadLetter letter = undecided(id);
		Instant now = now();
		DeadLetter.Resolution done = new DeadLetter.Resolution(actor, now, reason.name(), now);
		if (!this.store.decide(id, now.minus(this.staleClaim), DeadLetter.Status.DISCARDED, done)) {
			throw decided(get(id));
		}
		record(actor, DISCARDED, letter, reason.name());
		log.info("Dead letter {} discarded by {} ({})", id, actor, reason);
		return get(id);
	}

	private DeadLetter undecided(String id) {
		DeadLetter letter = get(id);
		boolean staleClaim = letter.status() == DeadLetter.Status.REPLAYING && letter.resolution() != null
				&& letter.resolution().at().isBefore(now().minus(this.staleClaim));
		if (letter.status() != DeadLetter.Status.OPEN && !staleClaim) {
			throw decided(letter);
		}
		return letter;
	}

	private static ConflictException decided(DeadLetter letter) {
		String status = letter.status().name().toLowerCase(Locale.ROOT);
		String when = (letter.resolution() != null) ? " on " + letter.resolution().at() : "";
		String reason = (letter.resolution() != null) ? " (" + letter.resolution().reasonCode() + ")" : "";
		return new ConflictException("dead-letter-resolved",
				"The dead letter is already " + status + when + reason + "; nothing was changed");
	}

	private void record(String actor, String action, DeadLetter letter, String reasonCode) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("deadLetterId", letter.id());
		details.put("reasonCode", reasonCode);
		details.put("sourceTopic", letter.sourceTopic());
		if (letter.eventType() != null) {
			details.put("eventType", letter.eventType());
		}
		this.audit.append(actor, action, letter.requestId(), details);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
