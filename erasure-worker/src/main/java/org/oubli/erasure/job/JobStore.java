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
			.createIndex(new Index().on("tasks.leaseUntil", Sort.Direction.ASC).sparse().named("tasks_lease"));
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

	/** Jobs with a pending http task whose dispatch counts as lost at {@code now}. */
	List<ErasureJob> withLostDispatches(Instant now, int limit) {
		Query query = Query.query(Criteria.where("tasks.leaseUntil").lte(now)).limit(limit);
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

	/** Jobs started by {@code cutoff} with a pending task. */
	List<ErasureJob> withPendingTasksStartedBy(Instant cutoff, int limit) {
		return open(Criteria.where("startedAt").lte(cutoff).and("tasks.status").is(TaskStatus.PENDING.name()), limit);
	}

	private List<ErasureJob> open(Criteria criteria, int limit) {
		Query query = Query.query(Criteria.where("status").is(JobStatus.IN_PROGRESS.name()).andOperator(criteria))
			.with(Sort.by("startedAt"))
			.limit(limit);
		query.fields().exclude(Outbox.FIELD);
		return this.mongo.find(query, ErasureJob.class);
	}

}
