package org.oubli.intake.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import org.oubli.contracts.Topics;
import org.oubli.kit.kafka.CloudEventHeaders;
import org.oubli.kit.kafka.DeadLetters;

import org.springframework.kafka.support.KafkaHeaders;

/**
 * Turns a record read from a dead-letter topic into a {@link DeadLetter}, and a dead
 * letter back into the headers of its replay. Reads the headers leniently: a header that
 * is missing or malformed is left out, never a reason to refuse the record.
 */
final class DeadLetterRecords {

	/** Prefix of the headers Spring Kafka's dead-letter recoverer adds. */
	static final String SPRING_DLT_PREFIX = "kafka_dlt-";

	/** Prefix of the kit's own dead-letter headers. */
	static final String OUBLI_DLT_PREFIX = "oubli_dlt_";

	private static final int MAX_TEXT = 300;

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private DeadLetterRecords() {
	}

	/** The id of the dead letter a record makes (the same for a redelivery). */
	static String idOf(String topic, int partition, long offset, long timestamp) {
		return UUID
			.nameUUIDFromBytes(("oubli-dead-letter:" + topic + ":" + partition + ":" + offset + ":" + timestamp)
				.getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	static DeadLetter of(ConsumerRecord<byte[], byte[]> record, Instant receivedAt) {
		Headers headers = record.headers();
		String originalTopic = text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC);
		String sourceTopic = (originalTopic != null) ? originalTopic : sourceOf(record.topic());
		String key = (record.key() != null) ? utf8(record.key()) : null;
		String requestId = isUuid(key) ? key : null;
		if (requestId == null) {
			String subject = text(headers, CloudEventHeaders.SUBJECT);
			requestId = isUuid(subject) ? subject : null;
		}
		List<DeadLetter.RawHeader> raw = new ArrayList<>();
		for (Header header : headers) {
			raw.add(new DeadLetter.RawHeader(header.key(), header.value()));
		}
		byte[] value = record.value();
		return new DeadLetter(idOf(record.topic(), record.partition(), record.offset(), record.timestamp()),
				DeadLetter.Status.OPEN, sourceTopic, record.topic(), record.partition(), record.offset(),
				Instant.ofEpochMilli(record.timestamp()), integer(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION),
				longValue(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET),
				text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), requestId,
				text(headers, CloudEventHeaders.TYPE), text(headers, CloudEventHeaders.ID),
				text(headers, DeadLetters.REASON_HEADER), text(headers, DeadLetters.EXCEPTION_CLASS_HEADER), receivedAt,
				(value != null) ? value.length : 0, record.key(), value, raw, null);
	}

	/**
	 * The headers a replay carries: the original ones, without what dead-lettering added.
	 */
	static List<DeadLetter.RawHeader> replayHeaders(DeadLetter letter) {
		return letter.headers()
			.stream()
			.filter((header) -> !header.name().startsWith(SPRING_DLT_PREFIX)
					&& !header.name().startsWith(OUBLI_DLT_PREFIX))
			.toList();
	}

	/** {@code oubli.request.events} for {@code oubli.request.events.DLT}. */
	static String sourceOf(String dltTopic) {
		return dltTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)
				? dltTopic.substring(0, dltTopic.length() - Topics.DEAD_LETTER_SUFFIX.length()) : dltTopic;
	}

	static boolean isUuid(String text) {
		return text != null && UUID_TEXT.matcher(text).matches();
	}

	/** A header as short text, if it is valid UTF-8; else {@code null}. */
	static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		String text = utf8(header.value());
		if (text == null || text.isBlank()) {
			return null;
		}
		text = text.strip();
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "…" : text;
	}

	private static Integer integer(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null && header.value().length == Integer.BYTES)
				? ByteBuffer.wrap(header.value()).getInt() : null;
	}

	private static Long longValue(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null && header.value().length == Long.BYTES)
				? ByteBuffer.wrap(header.value()).getLong() : null;
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
