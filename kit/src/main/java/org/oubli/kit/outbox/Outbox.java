package org.oubli.kit.outbox;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.kit.events.EventCodec;

import org.springframework.data.mongodb.core.query.Update;

/**
 * Adds outgoing events to the {@value #FIELD} array of the document an update changes, so
 * that the state change and the events are one atomic single-document write.
 */
public final class Outbox {

	/** The array field that holds pending events in every aggregate document. */
	public static final String FIELD = "outbox";

	private final EventCodec codec;

	public Outbox(EventCodec codec) {
		this.codec = codec;
	}

	/** Adds the events to an update. */
	public Update append(Update update, EventEnvelope... events) {
		return append(update, List.of(events));
	}

	/** Adds the events to an update. */
	public Update append(Update update, List<EventEnvelope> events) {
		if (!events.isEmpty()) {
			update.push(FIELD).each(events.stream().map(this::entry).toArray());
		}
		return update;
	}

	/** The outbox array of a new document holding these events. */
	public List<Document> entries(List<EventEnvelope> events) {
		return events.stream().map(this::entry).toList();
	}

	public Document entry(EventEnvelope envelope) {
		return new Document("eventId", envelope.eventId()).append("topic", envelope.topic())
			.append("key", envelope.requestId())
			.append("type", envelope.type())
			.append("source", envelope.source())
			.append("occurredAt", Date.from(envelope.occurredAt()))
			.append("body", this.codec.encode(envelope));
	}

}
