package org.oubli.devstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At-least-once delivery without duplicate effects: after a completed erasure, every
 * event of the request is delivered a second time, plus poison messages; no service emits
 * anything new, no email goes out twice, no system acts twice, and the poison messages
 * wait on their dead-letter topics.
 */
class DuplicatesAndPoisonIT {

	private static final String EMAIL = "lucas.bernard@example.fr";

	private static final String ACCOUNT = "acc-1002";

	private static DevStack stack;

	private static DemoData demo;

	private static ErasureJourney journey;

	private static KafkaProbe kafka;

	private final EventCodec codec = new EventCodec();

	@BeforeAll
	static void start() {
		stack = RunningStack.get();
		demo = new DemoData(stack.mongoUri());
		journey = new ErasureJourney(stack);
		kafka = new KafkaProbe(stack.kafkaBootstrapServers());
	}

	@AfterAll
	static void closeClient() {
		demo.close();
	}

	@Test
	void everyEventDeliveredTwiceHasNoSecondEffectAndPoisonGoesToTheDeadLetterTopics() {
		String requestId = journey.eraseAndComplete(EMAIL, "en", ACCOUNT);
		journey.awaitMail(EMAIL, "complete");
		KafkaProgress.awaitAllGroupsCaughtUp(stack.kafkaBootstrapServers());

		Map<String, Set<String>> eventsBefore = eventIdsByTopic(requestId);
		assertThat(eventsBefore.get(Topics.ERASURE_EVENTS)).hasSizeGreaterThanOrEqualTo(5);
		int mailsBefore = journey.mailTo(EMAIL).size();
		int timelineBefore = journey.caseOf(requestId).path("timeline").size();
		long invoicesHeld = demo.count("demo-payments", "invoices", eq("accountId", ACCOUNT));
		Map<String, Long> ledgersBefore = ledgers();
		// each system acted once for this request: one ledger entry under its idempotency
		// key
		for (String system : List.of("profiles", "payments", "messaging")) {
			assertThat(demo.count("demo-" + system, "dsar-receipts",
					eq("_id", ErasureInstruction.idempotencyKeyOf(requestId, system))))
				.as(system)
				.isEqualTo(1);
		}
		for (String topic : List.of(Topics.REQUEST_EVENTS, Topics.VERIFICATION_EVENTS, Topics.ERASURE_EVENTS,
				Topics.ERASURE_REQUESTS, Topics.ERASURE_RECEIPTS, Topics.NOTIFICATION_EVENTS)) {
			assertThat(eventsBefore.get(topic)).as("events of the request on " + topic).isNotEmpty();
		}

		// every event of the request, once more, in order, on its own topic
		for (String topic : Topics.ALL) {
			for (ConsumerRecord<String, String> record : recordsOf(topic, requestId)) {
				kafka.send(topic, record.key(), record.value());
			}
		}
		String poisonKey = "poison-" + UUID.randomUUID();
		List<String> poisoned = List.of(Topics.REQUEST_EVENTS, Topics.VERIFICATION_EVENTS, Topics.ERASURE_EVENTS,
				Topics.ERASURE_REQUESTS, Topics.ERASURE_RECEIPTS);
		for (String topic : poisoned) {
			kafka.send(topic, poisonKey, "this is not an event {");
		}
		KafkaProgress.awaitAllGroupsCaughtUp(stack.kafkaBootstrapServers());

		// nothing new was emitted by any service: only the same event ids exist
		assertThat(eventIdsByTopic(requestId)).isEqualTo(eventsBefore);
		assertThat(journey.mailTo(EMAIL)).hasSize(mailsBefore);
		assertThat(journey.caseOf(requestId).path("timeline").size()).isEqualTo(timelineBefore);
		assertThat(journey.caseOf(requestId).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(demo.count("demo-payments", "invoices", eq("accountId", ACCOUNT))).isEqualTo(invoicesHeld);
		assertThat(ledgers()).as("no system acted again").isEqualTo(ledgersBefore);

		// the poison messages are on the dead-letter topics of the topics that have
		// consumers
		for (String topic : poisoned) {
			assertThat(kafka.readAll(Topics.deadLetterOf(topic), Duration.ofSeconds(2))).as("dead letters of " + topic)
				.anyMatch((record) -> poisonKey.equals(record.key()));
		}
	}

	/** How many instructions each demo system has acted on, with the state of each. */
	private static Map<String, Long> ledgers() {
		Map<String, Long> ledgers = new HashMap<>();
		for (String system : List.of("profiles", "payments", "messaging")) {
			ledgers.put(system, demo.count("demo-" + system, "dsar-receipts", new org.bson.Document()));
		}
		return ledgers;
	}

	private Map<String, Set<String>> eventIdsByTopic(String requestId) {
		Map<String, Set<String>> ids = new HashMap<>();
		for (String topic : Topics.ALL) {
			ids.put(topic,
					recordsOf(topic, requestId).stream()
						.map((record) -> this.codec.decode(record.value()).eventId())
						.collect(Collectors.toSet()));
		}
		return ids;
	}

	private static List<ConsumerRecord<String, String>> recordsOf(String topic, String requestId) {
		return kafka.readAll(topic, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.toList();
	}

}
