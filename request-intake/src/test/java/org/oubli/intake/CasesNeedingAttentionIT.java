package org.oubli.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
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
 * A case that cannot go on by itself reaches a person: each stopping event, delivered
 * twice, yields exactly one {@code RequestNeedsAttention}, and never moves a case back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class CasesNeedingAttentionIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String GROUP = "request-intake";

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aLockedCaseAsksForAPersonOnce() {
		String requestId = openRequest();
		EventEnvelope locked = new EventMother(requestId).verificationLocked();

		sendTwice(Topics.VERIFICATION_EVENTS, locked);

		assertSettled(requestId, Topics.VERIFICATION_EVENTS, "LOCKED", "VerificationLocked");
		assertThat(attentionsFor(requestId)).singleElement().satisfies((attention) -> {
			assertThat(attention.causationId()).isEqualTo(locked.eventId());
			assertThat(((RequestNeedsAttention) attention.payload()).reason())
				.isEqualTo("Verification locked after too many wrong codes; staff review needed");
		});
	}

	@Test
	void aCodeThatExpiredUnusedClosesTheCaseAsUnverifiedOnce() {
		String requestId = openRequest();
		EventEnvelope expired = new EventMother(requestId).verificationExpired();

		sendTwice(Topics.VERIFICATION_EVENTS, expired);

		assertSettled(requestId, Topics.VERIFICATION_EVENTS, "CLOSED", "VerificationExpired");
		assertThat(attentionsFor(requestId)).isEmpty();
		assertThat(publishedTypes(requestId)).containsExactly("RequestReceived", "RequestClosed");
		EventEnvelope closed = this.codec.decode(published(requestId).get(1).value());
		assertThat(closed.causationId()).isEqualTo(expired.eventId());
		assertThat(((RequestClosed) closed.payload()).reason()).isEqualTo(ClosureReason.UNVERIFIED);
	}

	@Test
	void anExpiryAfterVerificationIsOnlyRecorded() {
		String requestId = openRequest();
		EventMother events = new EventMother(requestId);
		sendTwice(Topics.VERIFICATION_EVENTS, events.identityVerified());
		sendTwice(Topics.VERIFICATION_EVENTS, events.verificationExpired());

		assertSettled(requestId, Topics.VERIFICATION_EVENTS, "VERIFIED", "IdentityVerified", "VerificationExpired");
		assertThat(attentionsFor(requestId)).isEmpty();
	}

	@Test
	void aCodeTheSubjectNeverGotAsksForAPersonOnce() {
		String requestId = openRequest();

		sendTwice(Topics.NOTIFICATION_EVENTS, new EventMother(requestId).noticeFailed("verification-code"));

		assertSettled(requestId, Topics.NOTIFICATION_EVENTS, "NEEDS_ATTENTION", "NoticeFailed");
		assertThat(attentionsFor(requestId)).singleElement()
			.satisfies((attention) -> assertThat(((RequestNeedsAttention) attention.payload()).reason())
				.startsWith("The subject never got the verification code."));
	}

	@Test
	void aFailedCompletionNoticeAsksForAPersonOnceAndTheCaseStaysCompleted() {
		String requestId = openRequest();
		EventMother events = new EventMother(requestId);
		sendTwice(Topics.ERASURE_EVENTS, events.erasureCompleted());
		await().atMost(PATIENCE).until(() -> "COMPLETED".equals(status(requestId)));

		sendTwice(Topics.NOTIFICATION_EVENTS, events.noticeFailed("erasure-completed"));

		assertSettled(requestId, Topics.NOTIFICATION_EVENTS, "COMPLETED", "ErasureCompleted", "NoticeFailed");
		assertThat(publishedTypes(requestId)).containsExactly("RequestReceived", "RequestCompleted",
				"RequestNeedsAttention");
		assertThat(attentionsFor(requestId)).singleElement()
			.satisfies((attention) -> assertThat(((RequestNeedsAttention) attention.payload()).reason())
				.startsWith("Notice erasure-completed could not be sent"));
	}

	/**
	 * Waits until intake consumed everything sent on the topic and published its outbox,
	 * then checks the status and that each event is on the timeline once.
	 */
	private void assertSettled(String requestId, String topic, String status, String... recorded) {
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, topic);
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());
		assertThat(status(requestId)).isEqualTo(status);
		List<String> types = api().getRequest(requestId)
			.json()
			.path("timeline")
			.values()
			.stream()
			.map((entry) -> entry.path("type").asString())
			.toList();
		List<String> expected = new ArrayList<>(List.of("RequestReceived"));
		expected.addAll(List.of(recorded));
		assertThat(types).containsExactlyInAnyOrderElementsOf(expected);
	}

	private List<EventEnvelope> attentionsFor(String requestId) {
		return published(requestId).stream()
			.map((record) -> this.codec.decode(record.value()))
			.filter((envelope) -> envelope.payload() instanceof RequestNeedsAttention)
			.toList();
	}

	private List<String> publishedTypes(String requestId) {
		return published(requestId).stream().map((record) -> KafkaProbe.header(record, "ce_type")).toList();
	}

	private List<ConsumerRecord<String, String>> published(String requestId) {
		return this.kafka.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(2))
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.toList();
	}

	private String openRequest() {
		Answer accepted = api().postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		assertThat(accepted.status()).isEqualTo(202);
		String requestId = accepted.json().path("requestId").asString();
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());
		return requestId;
	}

	private void sendTwice(String topic, EventEnvelope event) {
		String value = this.codec.encode(event);
		this.kafka.send(topic, event.requestId(), value);
		this.kafka.send(topic, event.requestId(), value);
	}

	private String status(String requestId) {
		return api().getRequest(requestId).json().path("status").asString();
	}

	private Document storedCase(String requestId) {
		return this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION);
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

}
