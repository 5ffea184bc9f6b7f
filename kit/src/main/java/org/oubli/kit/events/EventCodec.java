package org.oubli.kit.events;

import java.time.Instant;
import java.util.regex.Pattern;

import org.oubli.contracts.events.EventCatalog;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.OubliEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the envelope. The payload type is chosen by the logical type name
 * through {@link EventCatalog}; no Java class name is ever on the wire.
 */
public final class EventCodec {

	private static final Pattern UUID_SHAPE = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private final JsonMapper mapper;

	public EventCodec() {
		this(OubliJson.mapper());
	}

	public EventCodec(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String encode(EventEnvelope envelope) {
		return this.mapper.writeValueAsString(envelope);
	}

	/**
	 * Reads an envelope.
	 * @param json the record value
	 * @return the envelope with its typed payload
	 * @throws PoisonMessageException if it is not an envelope of a known type and version
	 */
	public EventEnvelope decode(String json) {
		if (json == null || json.isBlank()) {
			throw new PoisonMessageException("Empty event");
		}
		JsonNode node;
		try {
			node = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new PoisonMessageException("Event is not JSON (" + ex.getClass().getSimpleName() + ")");
		}
		if (node == null || !node.isObject()) {
			throw new PoisonMessageException("Event is not a JSON object");
		}
		String type = text(node, "type");
		EventCatalog.Entry entry = EventCatalog.entryOf(type)
			.orElseThrow(() -> new PoisonMessageException("Unknown event type (not in the catalog)"));
		int version = node.path("schemaVersion").asInt(0);
		if (version < 1 || version > entry.schemaVersion()) {
			throw new PoisonMessageException("Unsupported schema version " + version + " of " + entry.type());
		}
		try {
			OubliEvent payload = this.mapper.treeToValue(node.get("payload"), entry.recordType());
			if (payload == null) {
				throw new PoisonMessageException("Event " + entry.type() + " has no payload");
			}
			String requestId = uuid(node, "requestId");
			if (!requestId.equals(payload.requestId())) {
				throw new PoisonMessageException(
						"Event " + entry.type() + " is about another request than its envelope");
			}
			return new EventEnvelope(uuid(node, "eventId"), entry.type(), version, requestId,
					node.hasNonNull("causationId") ? uuid(node, "causationId") : null,
					Instant.parse(text(node, "occurredAt")), text(node, "source"), payload);
		}
		catch (PoisonMessageException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// never echo the content: it may hold personal data
			throw new PoisonMessageException(
					"Event " + entry.type() + " cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * Ids are UUIDs everywhere in Oubli; checking it here means an id quoted in a log
	 * line or a poison message can never carry anything else (an address pasted by a
	 * foreign system).
	 */
	private static String uuid(JsonNode node, String field) {
		String value = text(node, field);
		if (!UUID_SHAPE.matcher(value).matches()) {
			throw new PoisonMessageException("Event field '" + field + "' is not a UUID");
		}
		return value;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isString()) {
			throw new PoisonMessageException("Event field '" + field + "' is missing");
		}
		return value.asString();
	}

}
