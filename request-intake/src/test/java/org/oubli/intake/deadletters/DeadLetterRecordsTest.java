package org.oubli.intake.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import org.oubli.kit.kafka.CloudEventHeaders;
import org.oubli.kit.kafka.DeadLetters;

import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a dead-letter record: one id per record, lenient headers, replay headers. */
class DeadLetterRecordsTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void theSameRecordReadTwiceMakesTheSameIdAndAnotherOffsetAnother() {
		ConsumerRecord<byte[], byte[]> record = record("oubli.request.events.DLT", 5, null, new byte[] { 1 },
				new RecordHeaders());

		assertThat(DeadLetterRecords.of(record, NOW).id()).isEqualTo(DeadLetterRecords.of(record, NOW).id());
		assertThat(DeadLetterRecords
			.of(record("oubli.request.events.DLT", 6, null, new byte[] { 1 }, new RecordHeaders()), NOW)
			.id()).isNotEqualTo(DeadLetterRecords.of(record, NOW).id());
	}

	@Test
	void withoutHeadersTheSourceIsTheTopicWithoutItsSuffixAndNothingElseIsGuessed() {
		DeadLetter letter = DeadLetterRecords.of(record("oubli.erasure.receipts.DLT", 0,
				"not-a-uuid".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF, 0 }, new RecordHeaders()),
				NOW);

		assertThat(letter.sourceTopic()).isEqualTo("oubli.erasure.receipts");
		assertThat(letter.requestId()).isNull();
		assertThat(letter.eventType()).isNull();
		assertThat(letter.reason()).isNull();
		assertThat(letter.originalOffset()).isNull();
		assertThat(letter.size()).isEqualTo(2);
		assertThat(letter.status()).isEqualTo(DeadLetter.Status.OPEN);
		assertThat(letter.receivedAt()).isEqualTo(NOW);
	}

	@Test
	void headersGiveSourceRequestEventAndReasonAndMalformedOnesAreLeftOut() {
		String requestId = UUID.randomUUID().toString();
		RecordHeaders headers = new RecordHeaders();
		headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, "oubli.verification.events".getBytes(StandardCharsets.UTF_8));
		headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, new byte[] { 1, 2 });
		headers.add(CloudEventHeaders.SUBJECT, requestId.getBytes(StandardCharsets.UTF_8));
		headers.add(CloudEventHeaders.TYPE, new byte[] { (byte) 0xC3, 0x28 });
		headers.add(DeadLetters.REASON_HEADER, "Empty event".getBytes(StandardCharsets.UTF_8));

		DeadLetter letter = DeadLetterRecords
			.of(record("oubli.verification.events.DLT", 3, new byte[] { (byte) 0xFE }, null, headers), NOW);

		assertThat(letter.sourceTopic()).isEqualTo("oubli.verification.events");
		assertThat(letter.requestId()).isEqualTo(requestId);
		assertThat(letter.eventType()).isNull();
		assertThat(letter.originalOffset()).isNull();
		assertThat(letter.reason()).isEqualTo("Empty event");
		assertThat(letter.size()).isZero();
		assertThat(letter.headers()).hasSize(5);
	}

	@Test
	void aReplayCarriesTheOriginalHeadersOnly() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(CloudEventHeaders.ID, "e1".getBytes(StandardCharsets.UTF_8));
		headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, "t".getBytes(StandardCharsets.UTF_8));
		headers.add(DeadLetters.EXCEPTION_CLASS_HEADER, "x".getBytes(StandardCharsets.UTF_8));
		headers.add("traceparent", "00-abc".getBytes(StandardCharsets.UTF_8));
		DeadLetter letter = DeadLetterRecords.of(record("oubli.request.events.DLT", 1, null, null, headers), NOW);

		assertThat(DeadLetterRecords.replayHeaders(letter)).extracting(DeadLetter.RawHeader::name)
			.containsExactly(CloudEventHeaders.ID, "traceparent");
	}

	@Test
	void theTopicPatternTakesDeadLetterTopicsButNotTheirOwn() {
		java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(DeadLetterInbox.TOPIC_PATTERN);

		assertThat(pattern.matcher("oubli.request.events.DLT").matches()).isTrue();
		assertThat(pattern.matcher("oubli.registry.systems.DLT").matches()).isTrue();
		assertThat(pattern.matcher("oubli.request.events").matches()).isFalse();
		assertThat(pattern.matcher("oubli.request.events.DLT.DLT").matches()).isFalse();
		assertThat(pattern.matcher("other.request.events.DLT").matches()).isFalse();
	}

	private static ConsumerRecord<byte[], byte[]> record(String topic, long offset, byte[] key, byte[] value,
			RecordHeaders headers) {
		return new ConsumerRecord<>(topic, 0, offset, 1_700_000_000_000L, TimestampType.CREATE_TIME,
				(key != null) ? key.length : -1, (value != null) ? value.length : -1, key, value, headers,
				Optional.empty());
	}

}
