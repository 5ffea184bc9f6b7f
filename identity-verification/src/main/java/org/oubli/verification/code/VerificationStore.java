package org.oubli.verification.code;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.kit.outbox.Outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The single-document atomic writes on {@link Verification}s. Every state change and the
 * events it causes are one conditional update.
 */
@Component
class VerificationStore {

	/**
	 * What a sweep reads of a verification nobody can finish.
	 *
	 * @param id the request id
	 * @param expiresAt when its code expires
	 */
	record Stale(String id, Instant expiresAt) {
	}

	private final MongoTemplate mongo;

	private final Outbox outbox;

	VerificationStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	Verification find(String requestId) {
		return this.mongo.findById(requestId, Verification.class);
	}

	boolean exists(String requestId) {
		return this.mongo.exists(byId(requestId), Verification.class);
	}

	/**
	 * Inserts a new verification.
	 * @return {@code false} if one exists already for that request
	 */
	boolean insert(Verification verification) {
		try {
			this.mongo.insert(verification);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Counts one attempt before the code is checked, so that parallel guesses can never
	 * be checked more often than allowed.
	 * @return the document after the count, or {@code null} if it is not pending, has no
	 * attempt left or has expired
	 */
	Verification reserveAttempt(String requestId, Instant now) {
		Query open = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(VerificationStatus.PENDING)
			.and("attemptsLeft")
			.gt(0)
			.and("expiresAt")
			.gt(now));
		Update count = new Update().inc("attempts", 1).inc("attemptsLeft", -1).set("lastAttemptAt", now);
		return this.mongo.findAndModify(open, count, FindAndModifyOptions.options().returnNew(true),
				Verification.class);
	}

	/** Pending to verified, with its event. */
	boolean markVerified(String requestId, Instant now, EventEnvelope identityVerified) {
		Update update = this.outbox
			.append(new Update().set("status", VerificationStatus.VERIFIED).set("verifiedAt", now), identityVerified);
		return changed(pending(requestId), update);
	}

	/** Records a wrong code that left attempts over. */
	void recordFailedAttempt(String requestId, EventEnvelope attemptFailed) {
		this.mongo.updateFirst(byId(requestId), this.outbox.append(new Update(), attemptFailed), Verification.class);
	}

	/** Pending to locked, with the last failed attempt's events. */
	boolean lock(String requestId, Instant now, List<EventEnvelope> events) {
		Update update = this.outbox.append(new Update().set("status", VerificationStatus.LOCKED).set("lockedAt", now),
				events);
		return changed(pending(requestId), update);
	}

	/**
	 * Locks a pending verification whose attempts ran out but whose last attempt never
	 * finished (the process stopped between counting and checking it).
	 */
	boolean lockAbandoned(String requestId, Instant lastAttemptBefore, Instant now, EventEnvelope locked) {
		Update update = this.outbox.append(new Update().set("status", VerificationStatus.LOCKED).set("lockedAt", now),
				locked);
		return changed(Query.query(abandoned(lastAttemptBefore).and("_id").is(requestId)), update);
	}

	/**
	 * Pending to expired, with {@code VerificationExpired}, if the code has expired, some
	 * attempts are left (else it is a lock) and no attempt counted before the expiry may
	 * still be checking its code.
	 */
	boolean expire(String requestId, Instant now, Instant lastAttemptBefore, EventEnvelope expired) {
		Update update = this.outbox.append(new Update().set("status", VerificationStatus.EXPIRED), expired);
		return changed(Query.query(expired(now, lastAttemptBefore).and("_id").is(requestId)), update);
	}

	/** Pending verifications {@link #expire} would close now. */
	List<Stale> findExpired(Instant now, Instant lastAttemptBefore, int limit) {
		return findSome(Query.query(expired(now, lastAttemptBefore)), limit);
	}

	/** Pending verifications {@link #lockAbandoned} would lock now. */
	List<Stale> findAbandoned(Instant lastAttemptBefore, int limit) {
		return findSome(Query.query(abandoned(lastAttemptBefore)), limit);
	}

	private List<Stale> findSome(Query query, int limit) {
		query.limit(limit).fields().include("_id", "expiresAt");
		return this.mongo.find(query, Stale.class, Verification.COLLECTION);
	}

	private static Criteria abandoned(Instant lastAttemptBefore) {
		return Criteria.where("status")
			.is(VerificationStatus.PENDING)
			.and("attemptsLeft")
			.lte(0)
			.and("lastAttemptAt")
			.lt(lastAttemptBefore);
	}

	private static Criteria expired(Instant now, Instant lastAttemptBefore) {
		return new Criteria().andOperator(Criteria.where("status").is(VerificationStatus.PENDING),
				Criteria.where("expiresAt").lte(now), Criteria.where("attemptsLeft").gt(0),
				new Criteria().orOperator(Criteria.where("lastAttemptAt").is(null),
						Criteria.where("lastAttemptAt").lt(lastAttemptBefore)));
	}

	private boolean changed(Query query, Update update) {
		return this.mongo.updateFirst(query, update, Verification.class).getMatchedCount() == 1;
	}

	private static Query pending(String requestId) {
		return Query.query(Criteria.where("_id").is(requestId).and("status").is(VerificationStatus.PENDING));
	}

	private static Query byId(String requestId) {
		return Query.query(Criteria.where("_id").is(requestId));
	}

}
