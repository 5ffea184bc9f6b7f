package org.oubli.export.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportJobOpened;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.export.testing.ExportWorkerTest;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The export worker on the real broker and wire server: one job per verified export
 * request.
 */
@ExportWorkerTest
class ExportJobsIT {

	private static final Subject SUBJECT = new Subject(EmailAddress.of("lea.dubois@example.fr"), "acc-1003",
			Language.FR);

	@Autowired
	MongoTemplate mongo;

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@Test
	void opensOneJobForARequestVerifiedTwiceAndIgnoresErasures() {
		String access = UUID.randomUUID().toString();
		String erasure = UUID.randomUUID().toString();
		EventEnvelope verified = verified(access, RequestType.ACCESS);
		send(verified);
		send(verified);
		send(verified(erasure, RequestType.ERASURE));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(opened(access)).hasSize(1));
		assertThat(this.mongo.findById(erasure, org.bson.Document.class, ExportJobs.COLLECTION)).isNull();
		assertThat(opened(access)).hasSize(1);
		ExportJobOpened event = (ExportJobOpened) this.codec.decode(opened(access).get(0).value()).payload();
		assertThat(event.type()).isEqualTo(RequestType.ACCESS);
	}

	@Test
	void aPoisonMessageIsDeadLetteredAndTheNextEventIsStillHandled() {
		String key = UUID.randomUUID().toString();
		this.kafka.send(Topics.VERIFICATION_EVENTS, key, "{not an event");
		String portability = UUID.randomUUID().toString();
		send(verified(portability, RequestType.PORTABILITY));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(opened(portability)).hasSize(1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.kafka.readAll(Topics.deadLetterOf(Topics.VERIFICATION_EVENTS), Duration.ofSeconds(2))
						.stream()
						.filter((record) -> key.equals(record.key())))
				.hasSize(1));
	}

	private List<ConsumerRecord<String, String>> opened(String requestId) {
		return this.kafka.readAll(Topics.EXPORT_EVENTS, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.filter((record) -> this.codec.decode(record.value()).payload() instanceof ExportJobOpened)
			.toList();
	}

	private void send(EventEnvelope envelope) {
		this.kafka.send(Topics.VERIFICATION_EVENTS, envelope.requestId(), this.codec.encode(envelope));
	}

	private static EventEnvelope verified(String requestId, RequestType type) {
		return EventEnvelope.wrap(new IdentityVerified(requestId, type, SUBJECT, "email-code", Instant.now()), null,
				"identity-verification", Instant.now());
	}

}
