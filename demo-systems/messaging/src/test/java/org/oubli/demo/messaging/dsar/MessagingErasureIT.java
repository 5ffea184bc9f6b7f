package org.oubli.demo.messaging.dsar;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.demo.connector.testing.DemoSystemClient;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka connector against the real broker and the MongoDB wire server: an
 * {@code ErasureRequested} for this system erases the subject's messages and chats and is
 * answered once with {@code SystemErasureReported}; instructions for other systems are
 * ignored, the same event twice changes nothing, a chase (new event, same key) gets the
 * stored receipt again, an impossible instruction is dead-lettered.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-messaging", "spring.mongodb.database=demo-messaging-it" })
class MessagingErasureIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void erasesOnceReportsOncePerEventAndAnswersAChaseWithTheStoredReceipt() {
		ErasureInstruction instruction = InstructionMother.eraseEverything(SubjectMother.camille());
		String requestId = instruction.requestId();
		assertThat(count("messages", "senderAccountId", "acc-1001")).isEqualTo(10);
		assertThat(count("chat-logs", "accountId", "acc-1001")).isEqualTo(2);
		long othersMessages = this.mongo.getCollection("messages").countDocuments() - 10;
		long lucasMessages = count("messages", "senderAccountId", "acc-1002");
		// the five demo conversations, plus Lucas's long history (demo.history.*)
		long toCamille = count("messages", "recipientAccountId", "acc-1001");
		// an instruction for another system, on the same partition, comes first: ignored
		send(requested(new ErasureInstruction(requestId, "profiles",
				ErasureInstruction.idempotencyKeyOf(requestId, "profiles"), SubjectMother.lucas(),
				List.of(CategoryInstruction.erase("messages")))));
		EventEnvelope request = send(requested(instruction));

		ConsumerRecord<String, String> record = await().atMost(PATIENCE)
			.until(() -> receiptsFor(requestId), (records) -> !records.isEmpty())
			.get(0);

		EventEnvelope reported = this.codec.decode(record.value());
		assertThat(reported.type()).isEqualTo("SystemErasureReported");
		assertThat(reported.source()).isEqualTo("demo-messaging");
		assertThat(reported.requestId()).isEqualTo(requestId);
		assertThat(reported.causationId()).isEqualTo(request.eventId());
		assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("SystemErasureReported");
		assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo(reported.eventId());
		SystemErasureReported payload = (SystemErasureReported) reported.payload();
		assertThat(payload.receipt().systemId()).isEqualTo("messaging");
		assertThat(payload.receipt().idempotencyKey()).isEqualTo(instruction.idempotencyKey());
		assertThat(payload.receipt().outcomes()).containsExactly(CategoryOutcome.erased("messages", 10),
				CategoryOutcome.erased("chat-logs", 2));
		assertThat(record.value()).doesNotContain("camille", "Camille");
		assertThat(count("messages", "senderAccountId", "acc-1001")).isZero();
		assertThat(count("chat-logs", "accountId", "acc-1001")).isZero();
		assertThat(this.mongo.getCollection("chat-logs").countDocuments()).isEqualTo(6 - 2);
		assertThat(this.mongo.getCollection("members").countDocuments(new Document("_id", "acc-1001"))).isZero();
		assertThat(count("messages", "recipientAccountId", "acc-1001")).isEqualTo(toCamille).isGreaterThanOrEqualTo(10);
		assertThat(count("messages", "senderAccountId", "acc-1002")).isEqualTo(lucasMessages);
		assertThat(this.mongo.getCollection("messages").countDocuments()).isEqualTo(othersMessages);

		// the same event delivered again: nothing more
		send(request);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), "demo-messaging",
				Topics.ERASURE_REQUESTS);
		assertThat(receiptsFor(requestId)).hasSize(1);

		// Oubli chasing an answer it never got (a new event, the same key): the stored
		// receipt again,
		// nothing erased twice
		EventEnvelope chase = send(requested(instruction));
		List<ConsumerRecord<String, String>> receipts = await().atMost(PATIENCE)
			.until(() -> receiptsFor(requestId), (records) -> records.size() == 2);
		EventEnvelope again = this.codec.decode(receipts.get(1).value());
		assertThat(again.causationId()).isEqualTo(chase.eventId());
		assertThat(((SystemErasureReported) again.payload()).receipt()).isEqualTo(payload.receipt());
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(ledgerEntry(instruction).getList("processedEventIds", String.class))
				.contains(request.eventId(), chase.eventId()));
		assertThat(this.mongo.getCollection("messages").countDocuments()).isEqualTo(othersMessages);
		Document entry = ledgerEntry(instruction);
		assertThat(entry.getString("status")).isEqualTo("COMPLETED");
		assertThat(entry).doesNotContainKey("accountIds");
		assertThat(entry.getList("outbox", Document.class)).isEmpty();
	}

	@Test
	void deadLettersAnInstructionItCannotCarryOutAndTouchesNothing() {
		ErasureInstruction instruction = InstructionMother.instruction(SubjectMother.lea(),
				List.of(CategoryInstruction.erase("messages"), CategoryInstruction.erase("photos")));

		send(requested(instruction));

		await().atMost(PATIENCE)
			.until(() -> this.kafka.readAll(Topics.deadLetterOf(Topics.ERASURE_REQUESTS), Duration.ofSeconds(2))
				.stream()
				.anyMatch((record) -> instruction.requestId().equals(record.key())));
		assertThat(count("messages", "senderAccountId", "acc-1003")).isEqualTo(10);
		assertThat(this.mongo.getCollection("dsar-receipts")
			.countDocuments(new Document("_id", instruction.idempotencyKey()))).isZero();
		assertThat(receiptsFor(instruction.requestId())).isEmpty();
	}

	@Test
	void summarisesWhatItHoldsAboutAnAccount() throws Exception {
		HttpResponse<String> response = new DemoSystemClient(this.port).summary("acc-1004");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode categories = DemoSystemClient.json(response).path("categories");
		assertThat(categories.path("messages").asLong()).isEqualTo(10);
		assertThat(categories.path("chat-logs").asLong()).isOne();
	}

	private static EventEnvelope requested(ErasureInstruction instruction) {
		return EventEnvelope.wrap(new ErasureRequested(instruction.requestId(), instruction), null, "erasure-worker",
				Instant.now());
	}

	private EventEnvelope send(EventEnvelope envelope) {
		this.kafka.send(Topics.ERASURE_REQUESTS, envelope.requestId(), this.codec.encode(envelope));
		return envelope;
	}

	private List<ConsumerRecord<String, String>> receiptsFor(String requestId) {
		return this.kafka.readAll(Topics.ERASURE_RECEIPTS, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.toList();
	}

	private Document ledgerEntry(ErasureInstruction instruction) {
		return this.mongo.getCollection("dsar-receipts")
			.find(new Document("_id", instruction.idempotencyKey()))
			.first();
	}

	private long count(String collection, String field, String accountId) {
		return this.mongo.count(Query.query(Criteria.where(field).is(accountId)), collection);
	}

}
