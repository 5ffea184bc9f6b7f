package org.oubli.erasure.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.kit.outbox.Outbox;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Reads and writes erasure jobs; every write is one single-document operation. */
@Repository
class JobStore implements InitializingBean {

	private final MongoTemplate mongo;

	JobStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(ErasureJob.class)
			.createIndex(
					new Index().on("tasks.nextAttemptAt", Sort.Direction.ASC).sparse().named("tasks_next_attempt"));
		this.mongo.indexOps(ErasureJob.class)
			.createIndex(new Index().on("tasks.escalateAt", Sort.Direction.ASC).sparse().named("tasks_escalate"));
		this.mongo.indexOps(ErasureJob.class)
			.createIndex(new Index().on("verifyAt", Sort.Direction.ASC).sparse().named("verify_at"));
		this.mongo.indexOps(ErasureJob.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC)
				.on("startedAt", Sort.Direction.ASC)
				.named("status_started"));
	}

	/**
	 * Stores a new job with its first outbox entries.
	 * @return {@code false} if a job for the request exists already
	 */
	boolean insert(ErasureJob job, List<Document> outboxEntries) {
		Document document = new Document();
		this.mongo.getConverter().write(job, document);
		document.put(Outbox.FIELD, outboxEntries);
		try {
			this.mongo.insert(document, ErasureJob.COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<ErasureJob> find(String requestId) {
		return Optional.ofNullable(this.mongo.findById(requestId, ErasureJob.class));
	}

	/**
	 * Applies an update if nobody changed the job since it was read.
	 * @return {@code false} if the job changed in between (read again and decide again)
	 */
	boolean update(ErasureJob seen, Update update) {
		Query unchanged = Query.query(Criteria.where("_id").is(seen.requestId()).and("version").is(seen.version()));
		return this.mongo.updateFirst(unchanged, update.inc("version", 1), ErasureJob.class).getModifiedCount() == 1;
	}

	/**
	 * Jobs with a pending http task due for a dispatch at {@code now}: a lost one, or a
	 * durable retry.
	 */
	List<ErasureJob> withDueDispatches(Instant now, int limit) {
		Query query = Query.query(Criteria.where("tasks.nextAttemptAt").lte(now)).limit(limit);
		query.fields().exclude(Outbox.FIELD);
		return this.mongo.find(query, ErasureJob.class);
	}

	/**
	 * Jobs started by {@code cutoff} with a pending Kafka task never chased, or last
	 * chased by {@code cutoff}.
	 */
	List<ErasureJob> withChasesDue(Instant cutoff, int limit) {
		Criteria waiting = Criteria.where("mode")
			.is(IntegrationMode.KAFKA.name())
			.and("status")
			.is(TaskStatus.PENDING.name())
			.and("lastChasedAt")
			.not()
			.gt(cutoff);
		return open(Criteria.where("startedAt").lte(cutoff).and("tasks").elemMatch(waiting), limit);
	}

	/**
	 * Jobs with a pending task whose escalation time has come at {@code now}; a task
	 * stored without one counts from {@code legacyCutoff} (the job's start plus the
	 * fallback).
	 */
	List<ErasureJob> withOverdueTasks(Instant now, Instant legacyCutoff, int limit) {
		Criteria overdue = Criteria.where("tasks")
			.elemMatch(Criteria.where("status").is(TaskStatus.PENDING.name()).and("escalateAt").lte(now));
		Criteria legacy = Criteria.where("startedAt")
			.lte(legacyCutoff)
			.and("tasks")
			.elemMatch(Criteria.where("status").is(TaskStatus.PENDING.name()).and("escalateAt").is(null));
		return open(new Criteria().orOperator(overdue, legacy), limit);
	}

	/** Jobs whose post-erasure verification is due at {@code now}. */
	List<ErasureJob> withVerificationDue(Instant now, int limit) {
		Query query = Query.query(Criteria.where("status").is(JobStatus.VERIFYING.name()).and("verifyAt").lte(now))
			.limit(limit);
		query.fields().exclude(Outbox.FIELD);
		return this.mongo.find(query, ErasureJob.class);
	}

	/**
	 * Stores the certificate of a completed job unless it has one already.
	 * @return whether this call stored it
	 */
	boolean storeCertificate(String requestId, String certificate) {
		Query query = Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(JobStatus.COMPLETED.name())
			.and("certificate")
			.is(null));
		return this.mongo.updateFirst(query, new Update().set("certificate", certificate), ErasureJob.class)
			.getModifiedCount() == 1;
	}

	private List<ErasureJob> open(Criteria criteria, int limit) {
		Query query = Query.query(Criteria.where("status").is(JobStatus.IN_PROGRESS.name()).andOperator(criteria))
			.with(Sort.by("startedAt"))
			.limit(limit);
		query.fields().exclude(Outbox.FIELD);
		return this.mongo.find(query, ErasureJob.class);
	}

}
