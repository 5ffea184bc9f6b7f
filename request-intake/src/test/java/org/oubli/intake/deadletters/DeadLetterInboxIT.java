package org.oubli.intake.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.Topics;
import org.oubli.intake.deadletters.StaffClient.Answer;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.kafka.CloudEventHeaders;
import org.oubli.kit.kafka.DeadLetters;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dead-letter inbox against the real broker and the MongoDB wire server: poison
 * records end up in the inbox (never their payload in an answer or a log line), staff
 * replay them to their source topic byte for byte or discard them, once, on the audit
 * trail; auditors only read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", DeadLetterInboxIT.FAST_TOPIC_REFRESH })
@OubliIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterInboxIT {

	/** New dead-letter topics are seen within a second (the tests create some). */
	static final String FAST_TOPIC_REFRESH = "oubli.intake.dead-letters.topic-refresh=1s";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String BASE = "/staff/api/v1/dead-letters";

	private final RawKafka kafka = new RawKafka();

	@LocalServerPort
	private int port;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aPoisonEventOnATopicTheServiceReadsIsDeadLetteredAndShowsInTheInboxWithoutItsPayload(CapturedOutput output) {
		String requestId = UUID.randomUUID().toString();
		String secret = "poison-" + UUID.randomUUID() + "@example.org";
		new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers()).send(Topics.VERIFICATION_EVENTS, requestId,
				"{\"email\":\"" + secret + "\",\"note\":\"not an Oubli event\"}");

		JsonNode item = awaitOpen(requestId);

		assertThat(item.path("sourceTopic").asString()).isEqualTo(Topics.VERIFICATION_EVENTS);
		assertThat(item.path("consumerGroup").asString()).isEqualTo("request-intake");
		assertThat(item.path("reason").asString()).isNotBlank();
		assertThat(item.path("status").asString()).isEqualTo("OPEN");
		assertThat(item.path("caseLink").asString()).isEqualTo("/staff/console/cases/" + requestId);
		assertThat(item.path("size").asLong())
			.isEqualTo(("{\"email\":\"" + secret + "\",\"note\":\"not an Oubli event\"}")
				.getBytes(StandardCharsets.UTF_8).length);
		Answer detail = StaffClient.auditor(this.port).get(BASE + "/" + item.path("id").asString());
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().path("dltTopic").asString())
			.isEqualTo(Topics.deadLetterOf(Topics.VERIFICATION_EVENTS));
		assertThat(detail.json().path("originalOffset").isNumber()).isTrue();
		assertThat(detail.json().path("originalConsumerGroup").asString()).isEqualTo("request-intake");
		assertThat(detail.json().path("exceptionClass").asString()).isNotBlank();
		assertThat(detail.json().path("headerNames").toString()).contains(KafkaHeaders.DLT_ORIGINAL_TOPIC,
				DeadLetters.REASON_HEADER);
		assertThat(detail.body()).doesNotContain(secret).doesNotContain("not an Oubli event");
		assertThat(StaffClient.auditor(this.port).get(BASE).body()).doesNotContain(secret);
		assertThat(output.getAll()).doesNotContain(secret).contains("Dead letter " + item.path("id").asString());
	}

	@Test
	void aDeadLetterOnANewTopicIsReplayedToItsSourceByteForByteOnceAndAudited(CapturedOutput output) {
		String source = "oubli.dltest-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
		String requestId = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();
		byte[] value = payload("replay-" + requestId);
		List<Header> headers = new ArrayList<>();
		headers.add(RawKafka.header(CloudEventHeaders.TYPE, "RequestReceived"));
		headers.add(RawKafka.header(CloudEventHeaders.ID, eventId));
		headers.add(RawKafka.header("x-trace", "trace-1"));
		headers.add(RawKafka.header(KafkaHeaders.DLT_ORIGINAL_TOPIC, source));
		headers.add(RawKafka.intHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION, 2));
		headers.add(RawKafka.longHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET, 7));
		headers.add(RawKafka.header(DeadLetters.REASON_HEADER, "Unknown event type (not in the catalog)"));
		headers.add(RawKafka.header(DeadLetters.EXCEPTION_CLASS_HEADER, "org.oubli.kit.events.PoisonMessageException"));
		this.kafka.send(Topics.deadLetterOf(source), requestId.getBytes(StandardCharsets.UTF_8), value, headers);

		JsonNode item = awaitOpen(requestId);
		String id = item.path("id").asString();
		assertThat(item.path("sourceTopic").asString()).isEqualTo(source);
		assertThat(item.path("eventType").asString()).isEqualTo("RequestReceived");
		assertThat(item.path("reason").asString()).isEqualTo("Unknown event type (not in the catalog)");
		JsonNode detail = StaffClient.agent(this.port).get(BASE + "/" + id).json();
		assertThat(detail.path("eventId").asString()).isEqualTo(eventId);
		assertThat(detail.path("originalPartition").asInt()).isEqualTo(2);
		assertThat(detail.path("originalOffset").asLong()).isEqualTo(7);

		Answer replayed = StaffClient.agent(this.port)
			.post(BASE + "/" + id + "/replay", "{\"reasonCode\":\"CONSUMER_FIXED\"}");

		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.json().path("status").asString()).isEqualTo("REPLAYED");
		assertThat(replayed.json().path("resolution").path("by").asString()).isEqualTo("staff-agent");
		assertThat(replayed.json().path("resolution").path("reasonCode").asString()).isEqualTo("CONSUMER_FIXED");
		List<ConsumerRecord<byte[], byte[]>> republished = this.kafka.readAll(source, Duration.ofSeconds(30));
		assertThat(republished).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo(requestId.getBytes(StandardCharsets.UTF_8));
			assertThat(record.value()).isEqualTo(value);
			assertThat(RawKafka.text(record.headers().lastHeader(CloudEventHeaders.TYPE).value()))
				.isEqualTo("RequestReceived");
			assertThat(RawKafka.text(record.headers().lastHeader(CloudEventHeaders.ID).value())).isEqualTo(eventId);
			assertThat(RawKafka.text(record.headers().lastHeader("x-trace").value())).isEqualTo("trace-1");
			assertThat(record.headers()).extracting(Header::key)
				.noneMatch((name) -> name.startsWith("kafka_dlt-") || name.startsWith("oubli_dlt_"));
		});

		Answer again = StaffClient.admin(this.port).post(BASE + "/" + id + "/replay", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).isEqualTo("https://oubli.org/problems/dead-letter-resolved");
		assertThat(again.json().path("detail").asString()).contains("replayed", "CONSUMER_FIXED");
		Answer discardAfter = StaffClient.agent(this.port)
			.post(BASE + "/" + id + "/discard", "{\"reasonCode\":\"DUPLICATE\"}");
		assertThat(discardAfter.status()).isEqualTo(409);
		assertThat(StaffClient.agent(this.port).get(BASE + "/" + id).json().path("status").asString())
			.isEqualTo("REPLAYED");
		assertThat(this.kafka.readAll(source, Duration.ofSeconds(10))).hasSize(1);

		List<AuditEntry> entries = this.audit.ofRequest(requestId);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("dead-letter.replayed");
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.details()).containsEntry("deadLetterId", id)
				.containsEntry("reasonCode", "CONSUMER_FIXED")
				.containsEntry("sourceTopic", source);
		});
		assertThat(this.audit.verify().intact()).isTrue();
		assertThat(output.getAll()).doesNotContain("replay-" + requestId);
	}

	@Test
	void staffDiscardWithAReasonCodeOnceAuditorsOnlyReadAndBadInputIsAProblem() {
		String requestId = UUID.randomUUID().toString();
		this.kafka.send(Topics.deadLetterOf(Topics.REQUEST_EVENTS), requestId.getBytes(StandardCharsets.UTF_8),
				payload("discard-" + requestId),
				List.of(RawKafka.header(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.REQUEST_EVENTS),
						RawKafka.header(DeadLetters.REASON_HEADER, "Event is not JSON (StreamReadException)")));
		String id = awaitOpen(requestId).path("id").asString();
		String discard = BASE + "/" + id + "/discard";

		assertThat(StaffClient.anonymous(this.port).get(BASE).status()).isEqualTo(401);
		assertThat(StaffClient.auditor(this.port).get(BASE + "?status=open").status()).isEqualTo(200);
		assertThat(StaffClient.auditor(this.port).post(discard, "{\"reasonCode\":\"DUPLICATE\"}").status())
			.isEqualTo(403);
		assertThat(StaffClient.auditor(this.port).post(BASE + "/" + id + "/replay", null).status()).isEqualTo(403);
		Answer missing = StaffClient.agent(this.port).post(discard, "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.body()).contains("reasonCode");
		assertThat(StaffClient.agent(this.port).post(discard, "{\"reasonCode\":\"BECAUSE\"}").status()).isEqualTo(400);
		assertThat(StaffClient.agent(this.port).post(discard, "{not json").status()).isEqualTo(400);
		assertThat(StaffClient.agent(this.port).get(BASE + "?status=lost").status()).isEqualTo(400);
		String unknown = BASE + "/" + UUID.randomUUID();
		assertThat(StaffClient.agent(this.port).get(unknown).status()).isEqualTo(404);
		assertThat(StaffClient.agent(this.port).post(unknown + "/replay", null).status()).isEqualTo(404);
		Answer unknownDiscard = StaffClient.agent(this.port).post(unknown + "/discard", "{\"reasonCode\":\"OTHER\"}");
		assertThat(unknownDiscard.status()).isEqualTo(404);
		assertThat(unknownDiscard.contentType()).startsWith("application/problem+json");
		assertThat(this.audit.ofRequest(requestId)).isEmpty();
		assertThat(StaffClient.agent(this.port).get(BASE + "/" + id).json().path("status").asString())
			.isEqualTo("OPEN");

		Answer discarded = StaffClient.admin(this.port).post(discard, "{\"reasonCode\":\"duplicate\"}");

		assertThat(discarded.status()).isEqualTo(200);
		assertThat(discarded.json().path("status").asString()).isEqualTo("DISCARDED");
		assertThat(discarded.json().path("resolution").path("by").asString()).isEqualTo("staff-admin");
		assertThat(StaffClient.agent(this.port).get(BASE).json().findValuesAsString("id")).doesNotContain(id);
		assertThat(StaffClient.agent(this.port).get(BASE + "?status=discarded").json().findValuesAsString("id"))
			.contains(id);
		Answer again = StaffClient.agent(this.port).post(discard, "{\"reasonCode\":\"OBSOLETE\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("detail").asString()).contains("discarded", "DUPLICATE");
		assertThat(StaffClient.agent(this.port).post(BASE + "/" + id + "/replay", null).status()).isEqualTo(409);
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("dead-letter.discarded");
			assertThat(entry.actor()).isEqualTo("staff-admin");
			assertThat(entry.details()).containsEntry("deadLetterId", id)
				.containsEntry("reasonCode", "DUPLICATE")
				.containsEntry("sourceTopic", Topics.REQUEST_EVENTS);
		});
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theOpenGaugeCountsOpenDeadLettersInTheDatabase() {
		String requestId = UUID.randomUUID().toString();
		this.kafka.send(Topics.deadLetterOf(Topics.EXPORT_EVENTS), requestId.getBytes(StandardCharsets.UTF_8),
				payload("gauge-" + requestId), List.of());
		String id = awaitOpen(requestId).path("id").asString();
		await().atMost(PATIENCE).until(() -> gauge() == openInDatabase() && gauge() >= 1);

		StaffClient.agent(this.port).post(BASE + "/" + id + "/discard", "{\"reasonCode\":\"TEST_MESSAGE\"}");

		await().atMost(PATIENCE).until(() -> gauge() == openInDatabase());
	}

	private double gauge() {
		return this.meters.get("oubli.dead.letters.open").gauge().value();
	}

	private long openInDatabase() {
		return this.mongo.count(Query.query(Criteria.where("status").is("OPEN")), DeadLetter.COLLECTION);
	}

	/** Bytes that are not UTF-8 text, with a marker in the middle. */
	private static byte[] payload(String marker) {
		byte[] text = marker.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 4];
		bytes[0] = (byte) 0xC3;
		bytes[1] = (byte) 0x28;
		System.arraycopy(text, 0, bytes, 2, text.length);
		bytes[bytes.length - 2] = (byte) 0xFF;
		bytes[bytes.length - 1] = 0;
		return bytes;
	}

	private JsonNode awaitOpen(String requestId) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
			for (JsonNode item : StaffClient.agent(this.port)
				.get(BASE + "?status=OPEN&requestId=" + requestId)
				.json()) {
				if (requestId.equals(item.path("requestId").asString(null))) {
					found[0] = item;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

}
