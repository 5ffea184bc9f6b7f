package org.oubli.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.InfrastructureCondition;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against the real broker and the MongoDB wire server: events appended to a
 * document are published in order with CloudEvents headers and then removed from the
 * document.
 */
@ExtendWith(InfrastructureCondition.class)
class OutboxRelayIT {

	private static MongoClient client;

	private static MongoTemplate mongo;

	private static KafkaTemplate<String, String> kafka;

	private static OutboxRelay relay;

	private final EventCodec codec = new EventCodec();

	private final Outbox outbox = new Outbox(this.codec);

	@BeforeAll
	static void start() {
		OubliInfrastructure infrastructure = OubliInfrastructure.get();
		client = MongoClients.create(infrastructure.mongoUri());
		mongo = new MongoTemplate(client, "kit-outbox-it");
		kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				java.util.Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers(), "key.serializer",
						org.apache.kafka.common.serialization.StringSerializer.class, "value.serializer",
						org.apache.kafka.common.serialization.StringSerializer.class)));
		relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("things"), Duration.ofMillis(100), 50));
		relay.start();
	}

	@AfterAll
	static void stop() {
		relay.stop();
		client.close();
	}

	@Test
	void publishesAppendedEventsInOrderWithHeadersAndEmptiesTheOutbox() {
		String requestId = UUID.randomUUID().toString();
		EventEnvelope first = EventEnvelope.wrap(new RequestNeedsAttention(requestId, "first"), null, "kit-test",
				Instant.now());
		EventEnvelope second = EventEnvelope.wrap(new RequestNeedsAttention(requestId, "second"), first, "kit-test",
				Instant.now());
		mongo.insert(new Document("_id", requestId).append("state", "new"), "things");
		mongo.updateFirst(Query.query(Criteria.where("_id").is(requestId)),
				this.outbox.append(new Update().set("state", "changed"), first, second), "things");
		relay.wakeUp();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Document stored = mongo.findById(requestId, Document.class, "things");
			assertThat(stored.getList(Outbox.FIELD, Document.class)).isEmpty();
			assertThat(stored.getString("state")).isEqualTo("changed");
		});
		List<ConsumerRecord<String, String>> records = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers())
			.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(3))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.toList();
		assertThat(records).hasSize(2);
		assertThat(records).extracting((record) -> this.codec.decode(record.value()).eventId())
			.containsExactly(first.eventId(), second.eventId());
		ConsumerRecord<String, String> record = records.get(1);
		assertThat(new String(record.headers().lastHeader("ce_id").value())).isEqualTo(second.eventId());
		assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("RequestNeedsAttention");
		assertThat(new String(record.headers().lastHeader("ce_source").value())).isEqualTo("kit-test");
		assertThat(this.codec.decode(record.value()).causationId()).isEqualTo(first.eventId());
	}

	@Test
	void anEventThatCannotBePublishedHoldsUpNeitherItsPredecessorsNorOtherDocuments() {
		String stuck = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		EventEnvelope before = EventEnvelope.wrap(new RequestNeedsAttention(stuck, "before"), null, "kit-test",
				Instant.now());
		EventEnvelope after = EventEnvelope.wrap(new RequestNeedsAttention(stuck, "after"), null, "kit-test",
				Instant.now());
		Document broken = new Document("eventId", UUID.randomUUID().toString()).append("key", stuck)
			.append("type", "RequestNeedsAttention")
			.append("body", "{}");
		mongo.insert(new Document("_id", stuck).append(Outbox.FIELD,
				List.of(this.outbox.entry(before), broken, this.outbox.entry(after))), "things");
		EventEnvelope fine = EventEnvelope.wrap(new RequestNeedsAttention(other, "fine"), null, "kit-test",
				Instant.now());
		mongo.insert(new Document("_id", other).append(Outbox.FIELD, List.of(this.outbox.entry(fine))), "things");
		relay.wakeUp();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(mongo.findById(other, Document.class, "things").getList(Outbox.FIELD, Document.class)).isEmpty();
			assertThat(mongo.findById(stuck, Document.class, "things").getList(Outbox.FIELD, Document.class))
				.extracting((entry) -> entry.getString("eventId"))
				.containsExactly(broken.getString("eventId"), after.eventId());
		});
		assertThat(new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers())
			.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(3))
			.stream()
			.filter((record) -> stuck.equals(record.key()))
			.map((record) -> this.codec.decode(record.value()).eventId())
			.distinct()).contains(before.eventId());
	}

}
