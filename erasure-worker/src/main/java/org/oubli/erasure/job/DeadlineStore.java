package org.oubli.erasure.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The statutory due date of each erasure request, as request-intake announced it
 * ({@code RequestReceived}, {@code DeadlineExtended} on {@code oubli.request.events}):
 * collection {@value #COLLECTION}, {@code _id} = request id. Kept apart from the job
 * because the request event may arrive before or after the job is opened (two topics).
 */
@Repository
class DeadlineStore {

	static final String COLLECTION = "request-deadlines";

	private final MongoTemplate mongo;

	DeadlineStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a due date; a later one replaces an earlier one, never the reverse (a
	 * redelivered {@code RequestReceived} does not undo an extension).
	 * @return the due date in force now
	 */
	LocalDate record(String requestId, LocalDate dueOn, Instant now) {
		Document stored = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(requestId)),
				new Update().max("dueOn", dueOn).set("updatedAt", now),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		return (stored != null) ? dueOnOf(stored) : dueOn;
	}

	/**
	 * Remembers that the request was closed (cancelled or refused), so that a job is
	 * never opened for it afterwards.
	 */
	void recordClosure(String requestId, String reason, Instant now) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(requestId)),
				new Update().set("closedBecause", reason).set("updatedAt", now), COLLECTION);
	}

	/** Whether the request was closed (cancelled or refused). */
	boolean isClosed(String requestId) {
		Document stored = this.mongo.findById(requestId, Document.class, COLLECTION);
		return stored != null && stored.get("closedBecause") != null;
	}

	Optional<LocalDate> dueOn(String requestId) {
		return Optional.ofNullable(this.mongo.findById(requestId, Document.class, COLLECTION))
			.map(DeadlineStore::dueOnOf);
	}

	private static LocalDate dueOnOf(Document document) {
		Object value = document.get("dueOn");
		if (value instanceof java.util.Date date) {
			return LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC);
		}
		return (value instanceof LocalDate local) ? local : null;
	}

}
