package org.oubli.intake.cases;

import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and changes cases. A new case and its first events are one insert; every later
 * change is one conditional update on the version read and on the event not yet being
 * processed, so that a redelivered event or a concurrent change never applies twice.
 */
@Component
public class CaseStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	public CaseStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Stores a new case together with the events already in its outbox. */
	public void insert(CaseDocument document) {
		this.mongo.insert(document);
	}

	public Optional<CaseDocument> find(String requestId) {
		return Optional.ofNullable(this.mongo.findById(requestId, CaseDocument.class));
	}

	/**
	 * Applies a change to the case as it was read.
	 * @param current the case as read
	 * @param change what the event does
	 * @return {@code false} if the case changed since it was read, or already processed
	 * the event
	 */
	public boolean apply(CaseDocument current, CaseChange change) {
		Criteria criteria = Criteria.where("_id").is(current.id()).and("version").is(current.version());
		Query query = Query.query(ProcessedEvents.notYetProcessed(criteria, change.entry().eventId()));
		Update update = new Update().inc("version", 1).push("timeline", change.entry());
		ProcessedEvents.markProcessed(update, change.entry().eventId());
		if (change.status() != null) {
			update.set("status", change.status());
		}
		if (change.systems() != null) {
			update.set("systems", change.systems());
		}
		if (change.clock() != null) {
			update.set("clock", change.clock());
		}
		if (change.dueOn() != null) {
			update.set("dueOn", change.dueOn());
		}
		if (change.closure() != null) {
			update.set("closure", change.closure());
		}
		this.outbox.append(update, change.outgoing());
		UpdateResult result = this.mongo.updateFirst(query, update, CaseDocument.class);
		return result.getMatchedCount() == 1;
	}

}
