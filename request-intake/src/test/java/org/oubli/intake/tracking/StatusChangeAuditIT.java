package org.oubli.intake.tracking;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every status change another service's event makes to a case goes on the audit trail
 * once, as {@code system:request-intake} with from, to and the event; a redelivered event
 * and an event that changes no status add nothing; the chain verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class StatusChangeAuditIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private AuditTrail audit;

	@Test
	void aStatusChangeIsAuditedOnceAndItsRedeliveryAddsNothing() {
		String requestId = openRequest();
		EventEnvelope locked = new EventMother(requestId).verificationLocked();

		send(Topics.VERIFICATION_EVENTS, locked);
		settle(Topics.VERIFICATION_EVENTS);

		assertThat(statusChanges(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("system:request-intake");
			assertThat(entry.details()).containsEntry("from", "AWAITING_VERIFICATION")
				.containsEntry("to", "LOCKED")
				.containsEntry("event", "VerificationLocked")
				.containsEntry("eventId", locked.eventId());
		});
		List<AuditEntry> audited = this.audit.ofRequest(requestId);

		send(Topics.VERIFICATION_EVENTS, locked);
		settle(Topics.VERIFICATION_EVENTS);

		assertThat(statusChanges(requestId)).hasSize(1);
		assertThat(this.audit.ofRequest(requestId)).isEqualTo(audited);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void eachChangeOfALifecycleIsAuditedAndARecordedOnlyEventIsNot() {
		String requestId = openRequest();
		EventMother events = new EventMother(requestId);

		send(Topics.VERIFICATION_EVENTS, events.identityVerified());
		settle(Topics.VERIFICATION_EVENTS);
		send(Topics.VERIFICATION_EVENTS, events.verificationExpired());
		settle(Topics.VERIFICATION_EVENTS);
		send(Topics.ERASURE_EVENTS, events.erasureCompleted());
		settle(Topics.ERASURE_EVENTS);

		assertThat(statusChanges(requestId))
			.extracting((entry) -> entry.details().get("from") + ">" + entry.details().get("to") + " on "
					+ entry.details().get("event"))
			.containsExactly("AWAITING_VERIFICATION>VERIFIED on IdentityVerified",
					"VERIFIED>COMPLETED on ErasureCompleted");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private List<AuditEntry> statusChanges(String requestId) {
		return this.audit.ofRequest(requestId)
			.stream()
			.filter((entry) -> entry.action().equals("case.status-changed"))
			.toList();
	}

	private void settle(String topic) {
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), "request-intake", topic);
	}

	private void send(String topic, EventEnvelope event) {
		this.kafka.send(topic, event.requestId(), this.codec.encode(event));
	}

	private String openRequest() {
		Answer accepted = new IntakeHttp(this.port)
			.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		assertThat(accepted.status()).isEqualTo(202);
		String requestId = accepted.json().path("requestId").asString();
		await().atMost(PATIENCE)
			.until(() -> this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION)
				.getList("outbox", Document.class)
				.isEmpty());
		return requestId;
	}

}
