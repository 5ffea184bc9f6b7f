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

	/** The statuses in which the subject still has something to do. */
	static final List<VerificationStatus> OPEN = List.of(VerificationStatus.PENDING,
			VerificationStatus.AWAITING_DATA_POINT);

	/**
	 * What a sweep reads of a verification nobody can finish.
	 *
	 * @param id the request id
	 * @param verifyBy when its verification period ends
	 */
	record Stale(String id, Instant verifyBy) {
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
	 * Counts one code attempt before the code is checked, so that parallel guesses can
	 * never be checked more often than allowed.
	 * @return the document after the count, or {@code null} if it is not pending, has no
	 * attempt left, its code or its verification period has expired
	 */
	Verification reserveAttempt(String requestId, Instant now) {
		Query open = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(VerificationStatus.PENDING)
			.and("attemptsLeft")
			.gt(0)
			.and("expiresAt")
			.gt(now)
			.and("verifyBy")
			.gt(now));
		return count(open, now);
	}

	/**
	 * Counts one data-point attempt (the same per-request count as codes) before the
	 * profiles system is asked.
	 * @return the document after the count, or {@code null}
	 */
	Verification reserveDataPointAttempt(String requestId, Instant now) {
		Query open = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(VerificationStatus.AWAITING_DATA_POINT)
			.and("attemptsLeft")
			.gt(0)
			.and("verifyBy")
			.gt(now));
		return count(open, now);
	}

	/**
	 * Gives back an attempt whose check could not be made (the system did not answer).
	 */
	void refundAttempt(String requestId) {
		this.mongo.updateFirst(byId(requestId), new Update().inc("attempts", -1).inc("attemptsLeft", 1),
				Verification.class);
	}

	private Verification count(Query open, Instant now) {
		Update count = new Update().inc("attempts", 1).inc("attemptsLeft", -1).set("lastAttemptAt", now);
		return this.mongo.findAndModify(open, count, FindAndModifyOptions.options().returnNew(true),
				Verification.class);
	}

	/** From {@code from} to verified, with its event. */
	boolean markVerified(String requestId, VerificationStatus from, Instant now, EventEnvelope identityVerified) {
		Update update = this.outbox.append(
				new Update().set("status", VerificationStatus.VERIFIED).set("verifiedAt", now).unset("remindAt"),
				identityVerified);
		return changed(inStatus(requestId, from), update);
	}

	/** The right code of a request that also needs a data point. */
	boolean markCodeConfirmed(String requestId, Instant now) {
		Update update = new Update().set("status", VerificationStatus.AWAITING_DATA_POINT).set("codeConfirmedAt", now);
		return changed(inStatus(requestId, VerificationStatus.PENDING), update);
	}

	/**
	 * A new code for a pending request whose last one was sent at least
	 * {@code sentBefore}, while fewer than {@code maxCodes} were sent.
	 */
	boolean reissue(String requestId, String codeHash, Instant now, Instant expiresAt, Instant sentBefore, int maxCodes,
			EventEnvelope issued) {
		Query query = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(VerificationStatus.PENDING)
			.and("attemptsLeft")
			.gt(0)
			.and("verifyBy")
			.gt(now)
			.and("codesIssued")
			.lt(maxCodes)
			.and("issuedAt")
			.lte(sentBefore));
		Update update = this.outbox.append(new Update().set("codeHash", codeHash)
			.set("issuedAt", now)
			.set("expiresAt", expiresAt)
			.inc("codesIssued", 1), issued);
		return changed(query, update);
	}

	/** Records a wrong code or data point that left attempts over. */
	void recordFailedAttempt(String requestId, EventEnvelope attemptFailed) {
		this.mongo.updateFirst(byId(requestId), this.outbox.append(new Update(), attemptFailed), Verification.class);
	}

	/** From {@code from} to locked, with the last failed attempt's events. */
	boolean lock(String requestId, VerificationStatus from, Instant now, List<EventEnvelope> events) {
		Update update = this.outbox.append(
				new Update().set("status", VerificationStatus.LOCKED).set("lockedAt", now).unset("remindAt"), events);
		return changed(inStatus(requestId, from), update);
	}

	/** Staff's review of a request awaiting one, with its event. */
	boolean attest(String requestId, Attestation attestation, VerificationStatus to, Instant now, EventEnvelope event) {
		Update update = new Update().set("status", to).set("attestation", attestation);
		if (to == VerificationStatus.VERIFIED) {
			update.set("verifiedAt", now);
		}
		return changed(inStatus(requestId, VerificationStatus.AWAITING_REVIEW), this.outbox.append(update, event));
	}

	/**
	 * Locks an open verification whose attempts ran out but whose last attempt never
	 * finished (the process stopped between counting and checking it).
	 */
	boolean lockAbandoned(String requestId, Instant lastAttemptBefore, Instant now, EventEnvelope locked) {
		Update update = this.outbox.append(
				new Update().set("status", VerificationStatus.LOCKED).set("lockedAt", now).unset("remindAt"), locked);
		return changed(Query.query(abandoned(lastAttemptBefore).and("_id").is(requestId)), update);
	}

	/**
	 * Open to expired, with {@code VerificationExpired}, if the verification period has
	 * ended, some attempts are left (else it is a lock) and no attempt counted before may
	 * still be checking.
	 */
	boolean expire(String requestId, Instant now, Instant lastAttemptBefore, EventEnvelope expired) {
		Update update = this.outbox.append(new Update().set("status", VerificationStatus.EXPIRED).unset("remindAt"),
				expired);
		return changed(Query.query(expired(now, lastAttemptBefore).and("_id").is(requestId)), update);
	}

	/** The reminder of an open verification, once. */
	boolean remind(String requestId, Instant now, EventEnvelope reminder) {
		Query query = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.in(OPEN)
			.and("remindAt")
			.lte(now)
			.and("verifyBy")
			.gt(now));
		return changed(query, this.outbox.append(new Update().unset("remindAt"), reminder));
	}

	/** Open verifications {@link #expire} would close now. */
	List<Stale> findExpired(Instant now, Instant lastAttemptBefore, int limit) {
		return findSome(Query.query(expired(now, lastAttemptBefore)), limit);
	}

	/** Open verifications {@link #lockAbandoned} would lock now. */
	List<Stale> findAbandoned(Instant lastAttemptBefore, int limit) {
		return findSome(Query.query(abandoned(lastAttemptBefore)), limit);
	}

	/** Open verifications {@link #remind} would remind now. */
	List<Stale> findDueReminders(Instant now, int limit) {
		return findSome(Query.query(Criteria.where("status").in(OPEN).and("remindAt").lte(now).and("verifyBy").gt(now)),
				limit);
	}

	private List<Stale> findSome(Query query, int limit) {
		query.limit(limit).fields().include("_id", "verifyBy");
		return this.mongo.find(query, Stale.class, Verification.COLLECTION);
	}

	private static Criteria abandoned(Instant lastAttemptBefore) {
		return Criteria.where("status").in(OPEN).and("attemptsLeft").lte(0).and("lastAttemptAt").lt(lastAttemptBefore);
	}

	private static Criteria expired(Instant now, Instant lastAttemptBefore) {
		return new Criteria().andOperator(Criteria.where("status").in(OPEN), Criteria.where("verifyBy").lte(now),
				Criteria.where("attemptsLeft").gt(0),
				new Criteria().orOperator(Criteria.where("lastAttemptAt").is(null),
						Criteria.where("lastAttemptAt").lt(lastAttemptBefore)));
	}

	private boolean changed(Query query, Update update) {
		return this.mongo.updateFirst(query, update, Verification.class).getMatchedCount() == 1;
	}

	private static Query inStatus(String requestId, VerificationStatus status) {
		return Query.query(Criteria.where("_id").is(requestId).and("status").is(status));
	}

	private static Query byId(String requestId) {
		return Query.query(Criteria.where("_id").is(requestId));
	}

}
