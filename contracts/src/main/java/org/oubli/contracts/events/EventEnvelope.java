package org.oubli.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in. Its fields are mirrored as CloudEvents Kafka
 * headers ({@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_subject}).
 *
 * @param eventId unique id; consumers are idempotent by it
 * @param type logical type name from {@link EventCatalog}, never a Java class name
 * @param schemaVersion version of the payload schema
 * @param requestId the request the event belongs to; the record key
 * @param causationId the event that caused this one, or {@code null} for an outside
 * stimulus
 * @param occurredAt when it happened
 * @param source the service that wrote it
 * @param payload the event itself
 */
public record EventEnvelope(String eventId, String type, int schemaVersion, String requestId, String causationId,
		Instant occurredAt, String source, OubliEvent payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(requestId, "requestId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(payload, "payload");
	}

	/** Wraps a payload caused by {@code cause} (or by nothing, when {@code null}). */
	public static EventEnvelope wrap(OubliEvent payload, EventEnvelope cause, String source, Instant now) {
		EventCatalog.Entry entry = EventCatalog.entryOf(payload.getClass());
		return new EventEnvelope(UUID.randomUUID().toString(), entry.type(), entry.schemaVersion(), payload.requestId(),
				(cause != null) ? cause.eventId() : null, now, source, payload);
	}

	/** The topic this event is written to. */
	public String topic() {
		return EventCatalog.entryOf(this.payload.getClass()).topic();
	}

}
