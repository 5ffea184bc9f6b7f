package org.oubli.export.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.kit.outbox.Outbox;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} documents: one per request, changed only by conditional
 * single-document updates, with their outgoing events in the same write. A worker holds a
 * job by its {@code attempt} number: a write from an older attempt (a worker presumed
 * dead) matches nothing.
 */
@Component
public class JobStore {

	/** The collection. */
	public static final String COLLECTION = "export-jobs";

	private final MongoTemplate mongo;

	private final Outbox outbox;

	JobStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Open jobs and collecting jobs without progress for {@code staleAfter}. */
	List<String> claimable(Instant now, Duration staleAfter, int limit) {
		Query query = Query.query(claimableCriteria(now, staleAfter)).with(Sort.by("openedAt")).limit(limit);
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).stream().map((job) -> job.getString("_id")).toList();
	}

	/** Takes a job for a new attempt, if it is still claimable. */
	Optional<Document> claim(String requestId, Instant now, Duration staleAfter) {
		Query query = Query.query(Criteria.where("_id").is(requestId).andOperator(claimableCriteria(now, staleAfter)));
		Update update = new Update().set("status", JobStatus.COLLECTING.name())
			.set("heartbeatAt", Date.from(now))
			.inc("attempt", 1);
		return Optional.ofNullable(this.mongo.findAndModify(query, update,
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION));
	}

	void heartbeat(String requestId, int attempt, Instant now) {
		this.mongo.updateFirst(held(requestId, attempt), new Update().set("heartbeatAt", Date.from(now)), COLLECTION);
	}

	/** Records the stored archive and its link; false if the attempt lost the job. */
	boolean ready(String requestId, int attempt, Document archive, Document download, Instant now,
			List<EventEnvelope> events) {
		Update update = new Update().set("status", JobStatus.READY.name())
			.set("archive", archive)
			.set("download", download)
			.set("completedAt", Date.from(now))
			.unset("reason");
		return this.mongo.updateFirst(held(requestId, attempt), this.outbox.append(update, events), COLLECTION)
			.getModifiedCount() == 1;
	}

	/** Stops the job for a person; false if the attempt lost the job. */
	boolean needsAttention(String requestId, int attempt, Document failure, List<EventEnvelope> events) {
		Update update = new Update().set("status", JobStatus.NEEDS_ATTENTION.name())
			.set("reason", failure.getString("reason"))
			.push("failures", failure);
		return this.mongo.updateFirst(held(requestId, attempt), this.outbox.append(update, events), COLLECTION)
			.getModifiedCount() == 1;
	}

	/** A person sends a stopped job round again. */
	boolean reopen(String requestId) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id").is(requestId).and("status").is(JobStatus.NEEDS_ATTENTION.name())),
					new Update().set("status", JobStatus.OPEN.name()), COLLECTION)
			.getModifiedCount() == 1;
	}

	Optional<Document> find(String requestId) {
		return Optional.ofNullable(this.mongo.findById(requestId, Document.class, COLLECTION));
	}

	private static Query held(String requestId, int attempt) {
		return Query.query(Criteria.where("_id")
			.is(requestId)
			.and("status")
			.is(JobStatus.COLLECTING.name())
			.and("attempt")
			.is(attempt));
	}

	private static Criteria claimableCriteria(Instant now, Duration staleAfter) {
		return new Criteria().orOperator(Criteria.where("status").is(JobStatus.OPEN.name()),
				Criteria.where("status")
					.is(JobStatus.COLLECTING.name())
					.and("heartbeatAt")
					.lt(Date.from(now.minus(staleAfter))));
	}

}
