package org.oubli.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erasure request from the API to its completion, against the real broker and the
 * MongoDB wire server: the other services' events are played onto their topics as they
 * would write them, each one twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class ErasureLifecycleIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private DeadlinePolicy deadline;

	@Test
	void anErasureRequestIsFollowedToItsCompletionAndEachEventCountsOnce() {
		String email = SubjectMother.freshEmail();

		// 1. the request is accepted
		Answer accepted = api().postRequest(IntakeHttp.body("erasure", email, "en", "acc-1001"));
		assertThat(accepted.status()).isEqualTo(202);
		String requestId = accepted.json().path("requestId").asString();
		assertThat(UUID.fromString(requestId)).hasToString(requestId);
		assertThat(accepted.header("Location")).endsWith("/api/v1/requests/" + requestId);
		assertThat(accepted.json().path("status").asString()).isEqualTo("AWAITING_VERIFICATION");
		assertThat(accepted.json().path("type").asString()).isEqualTo("ERASURE");
		LocalDate dueOn = LocalDate.parse(accepted.json().path("dueOn").asString());
		assertThat(accepted.json().path("daysLeft").asLong())
			.isEqualTo(this.deadline.daysLeft(dueOn, Clock.systemUTC()));
		assertThat(accepted.json().path("links").path("self").asString()).isEqualTo("/api/v1/requests/" + requestId);
		assertThat(accepted.json().path("links").path("verification").asString())
			.isEqualTo("/api/v1/requests/" + requestId + "/verification");

		// 2. RequestReceived leaves through the outbox, keyed by the request id
		ConsumerRecord<String, String> record = awaitRecord(Topics.REQUEST_EVENTS, requestId,
				(found) -> "RequestReceived".equals(KafkaProbe.header(found, "ce_type")));
		EventEnvelope envelope = this.codec.decode(record.value());
		assertThat(record.key()).isEqualTo(requestId);
		assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo(envelope.eventId());
		assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("request-intake");
		assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(requestId);
		assertThat(envelope.requestId()).isEqualTo(requestId);
		assertThat(envelope.causationId()).isNull();
		RequestReceived received = (RequestReceived) envelope.payload();
		assertThat(received.type()).isEqualTo(RequestType.ERASURE);
		assertThat(received.subject().email().value()).isEqualTo(email);
		assertThat(received.subject().accountId()).isEqualTo("acc-1001");
		assertThat(received.subject().language()).isEqualTo(Language.EN);
		assertThat(received.channel()).isEqualTo("api");
		assertThat(received.jurisdiction()).isEqualTo("EU-FR");
		assertThat(received.dueOn()).isEqualTo(dueOn).isEqualTo(this.deadline.dueOn(received.receivedAt()));
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());

		// 3. the other services' events arrive, each twice
		EventMother events = new EventMother(requestId);
		EventEnvelope verified = events.identityVerified();
		List<EventEnvelope> erasure = List.of(events.erasureStarted(), events.systemErased("profiles"),
				events.systemErased("payments"), events.systemErased("messaging"), events.erasureCompleted());
		sendTwice(Topics.VERIFICATION_EVENTS, verified);
		erasure.forEach((event) -> sendTwice(Topics.ERASURE_EVENTS, event));
		// late events on each topic, after the duplicates: once they are on the timeline,
		// everything before them in their partition was processed; being after
		// completion,
		// they must not change the status nor say anything
		EventEnvelope lateLock = events.verificationLocked();
		EventEnvelope lateFailure = events.systemFailed("payments");
		sendTwice(Topics.VERIFICATION_EVENTS, lateLock);
		sendTwice(Topics.ERASURE_EVENTS, lateFailure);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(timelineTypes(requestId)).contains("VerificationLocked",
					"SystemErasureFailed", "IdentityVerified"));

		// 4. the case is completed, each event is on the timeline once
		JsonNode view = api().getRequest(requestId).json();
		assertThat(view.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(timelineTypes(requestId)).containsExactlyInAnyOrder("RequestReceived", "IdentityVerified",
				"ErasureStarted", "SystemErased", "SystemErased", "SystemErased", "ErasureCompleted",
				"VerificationLocked", "SystemErasureFailed");
		List<String> recordedIds = storedCase(requestId).getList("timeline", Document.class)
			.stream()
			.map((entry) -> entry.getString("eventId"))
			.toList();
		assertThat(recordedIds).doesNotHaveDuplicates()
			.contains(envelope.eventId(), verified.eventId(), lateLock.eventId(), lateFailure.eventId())
			.containsAll(erasure.stream().map(EventEnvelope::eventId).toList());
		assertThat(view.path("systems").values()).extracting((system) -> system.path("systemId").asString())
			.containsExactly("profiles", "payments", "messaging");
		assertThat(view.path("systems").values())
			.allSatisfy((system) -> assertThat(system.path("state").asString()).isEqualTo("DONE"));
		JsonNode invoices = view.path("systems").get(1).path("outcomes").get(0);
		assertThat(invoices.path("outcome").asString()).isEqualTo("RETAINED");
		assertThat(invoices.path("legalBasis").asString()).isEqualTo("Code de commerce, art. L123-22");
		assertThat(invoices.path("retainedUntil").asString()).isEqualTo("2036-03-05");
		assertThat(view.path("dueOn").asString()).isEqualTo(dueOn.toString());
		assertThat(Instant.parse(view.path("receivedAt").asString())).isEqualTo(received.receivedAt());
		assertThat(view.path("jurisdiction").asString()).isEqualTo("EU-FR");
		assertThat(view.toString()).doesNotContain(email, "acc-1001");

		// 5. exactly one RequestCompleted, and no RequestNeedsAttention for the late
		// failure
		await().atMost(PATIENCE).until(() -> storedCase(requestId).getList("outbox", Document.class).isEmpty());
		List<ConsumerRecord<String, String>> published = this.kafka
			.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(3))
			.stream()
			.filter((found) -> requestId.equals(found.key()))
			.toList();
		assertThat(published).extracting((found) -> KafkaProbe.header(found, "ce_type"))
			.containsExactly("RequestReceived", "RequestCompleted");
		EventEnvelope completion = this.codec.decode(published.get(1).value());
		RequestCompleted completed = (RequestCompleted) completion.payload();
		assertThat(completion.causationId()).isEqualTo(erasure.get(4).eventId());
		assertThat(completed.subject().email().value()).isEqualTo(email);
		assertThat(completed.subject().language()).isEqualTo(Language.EN);
		assertThat(completed.systems()).hasSize(3);
	}

	@Test
	void aPoisonMessageIsDeadLetteredAndTheNextEventStillApplies() {
		String requestId = openRequest();

		// same key, so same partition: the valid event is behind the poison one
		this.kafka.send(Topics.ERASURE_EVENTS, requestId, "not json");
		this.kafka.send(Topics.ERASURE_EVENTS, requestId,
				this.codec.encode(new EventMother(requestId).erasureStarted()));

		ConsumerRecord<String, String> dead = awaitRecord(Topics.deadLetterOf(Topics.ERASURE_EVENTS), requestId,
				(found) -> true);
		assertThat(dead.value()).isEqualTo("not json");
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(api().getRequest(requestId).json().path("status").asString())
				.isEqualTo("IN_PROGRESS"));
	}

	@Test
	void anEventForAnUnknownRequestIsDeadLettered() {
		String unknown = UUID.randomUUID().toString();
		EventEnvelope stray = new EventMother(unknown).systemErased("payments");

		this.kafka.send(Topics.ERASURE_EVENTS, unknown, this.codec.encode(stray));

		ConsumerRecord<String, String> dead = awaitRecord(Topics.deadLetterOf(Topics.ERASURE_EVENTS), unknown,
				(found) -> true);
		assertThat(this.codec.decode(dead.value()).eventId()).isEqualTo(stray.eventId());
		assertThat(this.mongo.findById(unknown, Document.class, CaseDocument.COLLECTION)).isNull();
	}

	@Test
	void anUnknownOrMalformedIdIsNotFound() {
		Answer unknown = api().getRequest(UUID.randomUUID().toString());
		Answer malformed = api().getRequest("not-a-request-id");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.json().path("type").asString()).isEqualTo("https://oubli.org/problems/not-found");
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.json().path("detail").asString()).isEqualTo("Request with this id does not exist");
	}

	@Test
	void theCaseDocumentHoldsTheSubjectAndPlainDates() {
		String email = SubjectMother.freshEmail();
		Answer accepted = api().postRequest(IntakeHttp.body("erasure", email, null, null));
		String requestId = accepted.json().path("requestId").asString();

		Document stored = storedCase(requestId);

		assertThat(stored.getString("type")).isEqualTo("ERASURE");
		assertThat(stored.getString("status")).isEqualTo("AWAITING_VERIFICATION");
		assertThat(stored.getString("channel")).isEqualTo("api");
		assertThat(stored.getString("jurisdiction")).isEqualTo("EU-FR");
		assertThat(stored.get("dueOn")).isEqualTo(accepted.json().path("dueOn").asString());
		Document subject = stored.get("subject", Document.class);
		assertThat(subject.getString("email")).isEqualTo(email);
		assertThat(subject.getString("language")).isEqualTo("FR");
		assertThat(stored.getList("timeline", Document.class)).singleElement()
			.satisfies((entry) -> assertThat(entry.getString("type")).isEqualTo("RequestReceived"));
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		Answer docs = api().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/v1/requests")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/requests/{requestId}")).isTrue();
		assertThat(docs.json().path("paths").path("/api/v1/requests").path("post").path("responses").has("202"))
			.isTrue();
	}

	private String openRequest() {
		Answer accepted = api().postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		assertThat(accepted.status()).isEqualTo(202);
		return accepted.json().path("requestId").asString();
	}

	private void sendTwice(String topic, EventEnvelope event) {
		String value = this.codec.encode(event);
		this.kafka.send(topic, event.requestId(), value);
		this.kafka.send(topic, event.requestId(), value);
	}

	private ConsumerRecord<String, String> awaitRecord(String topic, String key,
			Predicate<ConsumerRecord<String, String>> matching) {
		return await().atMost(PATIENCE)
			.until(() -> this.kafka.readAll(topic, Duration.ofSeconds(1))
				.stream()
				.filter((found) -> key.equals(found.key()))
				.filter(matching)
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	private List<String> timelineTypes(String requestId) {
		return api().getRequest(requestId)
			.json()
			.path("timeline")
			.values()
			.stream()
			.map((entry) -> entry.path("type").asString())
			.toList();
	}

	private Document storedCase(String requestId) {
		return this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION);
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

}
