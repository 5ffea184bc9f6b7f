package org.oubli.kit.mongo;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent consumers: the ids of the events that changed a document are kept in that
 * document and checked in the same atomic update, so a redelivered event changes nothing.
 */
public final class ProcessedEvents {

	/** The array field of processed event ids in every aggregate document. */
	public static final String FIELD = "processedEventIds";

	private ProcessedEvents() {
	}

	/** Matches a document only if it has not yet processed the event. */
	public static Criteria notYetProcessed(Criteria criteria, String eventId) {
		return criteria.and(FIELD).ne(eventId);
	}

	/** Records the event as processed in the same update. */
	public static Update markProcessed(Update update, String eventId) {
		return update.addToSet(FIELD, eventId);
	}

}
