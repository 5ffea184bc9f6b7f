package org.oubli.notification.delivery;

import java.time.Instant;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The single-document atomic writes on {@link Delivery}s. */
@Component
class DeliveryStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	DeliveryStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * Claims a notice for sending.
	 * @return the new delivery, or the one that exists already for that request and
	 * notice
	 */
	Delivery claim(Delivery fresh) {
		try {
			return this.mongo.insert(fresh);
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(fresh.id(), Delivery.class);
		}
	}

	/** Sending to sent, with {@code NoticeSent}. */
	boolean markSent(String id, String eventId, Instant now, EventEnvelope noticeSent) {
		Update update = this.outbox.append(new Update().set("status", DeliveryStatus.SENT).set("sentAt", now),
				noticeSent);
		return changed(sending(id), ProcessedEvents.markProcessed(update, eventId));
	}

	/**
	 * Counts a failed attempt.
	 * @return the attempts so far, or 0 if the delivery is no longer being sent
	 */
	int countFailure(String id, Instant now, String error) {
		Delivery counted = this.mongo.findAndModify(sending(id),
				new Update().inc("attempts", 1).set("lastError", error).set("lastAttemptAt", now),
				FindAndModifyOptions.options().returnNew(true), Delivery.class);
		return (counted != null) ? counted.attempts() : 0;
	}

	/** Sending to failed, with {@code NoticeFailed}. */
	boolean markFailed(String id, String eventId, Instant now, EventEnvelope noticeFailed) {
		Update update = this.outbox.append(new Update().set("status", DeliveryStatus.FAILED).set("failedAt", now),
				noticeFailed);
		return changed(sending(id), ProcessedEvents.markProcessed(update, eventId));
	}

	private boolean changed(Query query, Update update) {
		return this.mongo.updateFirst(query, update, Delivery.class).getMatchedCount() == 1;
	}

	private static Query sending(String id) {
		return Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.SENDING));
	}

}
