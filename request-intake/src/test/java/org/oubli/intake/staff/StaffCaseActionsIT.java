package org.oubli.intake.staff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.RequestEvents;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditTrail;
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
import static org.oubli.intake.fixtures.IntakeHttp.json;

/**
 * Request types without a worker become staff tasks; staff close cases (carried out, or
 * refused with reasons) and extend deadlines once, against the real broker and the
 * MongoDB wire server. Staff calls carry HTTP Basic credentials of the agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class StaffCaseActionsIT {

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
	void aRectificationBecomesAStaffTaskThatStaffCloseAsHandled() {
		String email = SubjectMother.freshEmail();
		Answer accepted = api().postRequest(
				json("type", "rectification", "email", email, "country", "FR", "details", "My surname is misspelt"));
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.json().path("jurisdiction").asString()).isEqualTo("EU-FR");
		assertThat(accepted.json().path("defaultJurisdiction").asBoolean()).isFalse();
		assertThat(accepted.json().path("clock").asString()).isEqualTo("PAUSED");
		String requestId = accepted.json().path("requestId").asString();

		send(Topics.VERIFICATION_EVENTS, new EventMother(requestId).identityVerified());

		await().atMost(PATIENCE).until(() -> "AWAITING_STAFF".equals(view(requestId).path("status").asString()));
		EventEnvelope attention = awaitEvent(requestId, "RequestNeedsAttention");
		assertThat(((RequestNeedsAttention) attention.payload()).reason())
			.startsWith("rectification request verified; no automated worker: staff must carry it out");
		assertThat(view(requestId).path("clock").path("state").asString()).isEqualTo("RUNNING");

		Answer closed = api().postAsStaff(closure(requestId),
				json("reason", "HANDLED_BY_STAFF", "explanation", "Surname corrected in the profile"));

		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("closure").path("reason").asString()).isEqualTo("HANDLED_BY_STAFF");
		assertThat(closed.json().path("clock").path("state").asString()).isEqualTo("STOPPED");
		assertThat(closed.raw().body()).doesNotContain("Surname corrected", email);
		RequestClosed event = (RequestClosed) awaitEvent(requestId, "RequestClosed").payload();
		assertThat(event.reason()).isEqualTo(ClosureReason.HANDLED_BY_STAFF);
		assertThat(event.explanation()).isEqualTo("Surname corrected in the profile");
		assertThat(event.jurisdiction()).isEqualTo("EU-FR");
		assertThat(event.subject().email().value()).isEqualTo(email);
		// (the status changes from events are on the trail too, as system:request-intake)
		assertThat(this.audit.ofRequest(requestId)
			.stream()
			.filter((entry) -> !entry.action().equals("case.status-changed"))).singleElement().satisfies((entry) -> {
				assertThat(entry.actor()).isEqualTo("staff-agent");
				assertThat(entry.action()).isEqualTo("case.closed");
				// the reason code and the hash of the explanation, never the explanation
				assertThat(entry.details()).containsOnly(java.util.Map.entry("reason", "HANDLED_BY_STAFF"),
						java.util.Map.entry("reasonSha256", AuditTrail.sha256("Surname corrected in the profile")));
			});

		Answer again = api().postAsStaff(closure(requestId), json("reason", "REFUSED", "explanation", "Too late"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).isEqualTo("https://oubli.org/problems/case-ended");
		assertThat(RequestEvents.typesOf(requestId)).containsOnlyOnce("RequestClosed");
	}

	@Test
	void anAuthorizedAgentsRequestIsHandedToStaffForTheMandateReviewAtOnce() {
		String requestId = open(json("type", "erasure", "email", SubjectMother.freshEmail(), "authorizedAgent", true));

		EventEnvelope attention = awaitEvent(requestId, "RequestNeedsAttention");

		assertThat(((RequestNeedsAttention) attention.payload()).reason()).startsWith("An authorized agent made this")
			.contains("/staff/api/v1/verifications/" + requestId + "/attestation");
		assertThat(RequestEvents.typesOf(requestId)).containsSubsequence("RequestReceived", "RequestNeedsAttention");
	}

	@Test
	void anOrdinaryRequestIsNotHandedToStaffAtOpening() {
		String requestId = open(json("type", "erasure", "email", SubjectMother.freshEmail()));

		awaitEvent(requestId, "RequestReceived");

		assertThat(RequestEvents.typesOf(requestId)).doesNotContain("RequestNeedsAttention");
	}

	@Test
	void anObjectionAlsoWaitsForStaff() {
		String requestId = open(
				json("type", "objection", "email", SubjectMother.freshEmail(), "details", "No more marketing emails"));

		send(Topics.VERIFICATION_EVENTS, new EventMother(requestId).identityVerified());

		await().atMost(PATIENCE).until(() -> "AWAITING_STAFF".equals(view(requestId).path("status").asString()));
		assertThat(awaitEvent(requestId, "RequestNeedsAttention")).isNotNull();
	}

	@Test
	void aRefusalCarriesTheReasonsAndTheJurisdiction() {
		Answer accepted = api()
			.postRequest(json("type", "access", "email", SubjectMother.freshEmail(), "country", "GB"));
		assertThat(accepted.json().path("jurisdiction").asString()).isEqualTo("UK");
		assertThat(accepted.json().path("clock").asString()).isEqualTo("AWAITING_START");
		String requestId = accepted.json().path("requestId").asString();

		Answer refused = api().postAsStaff(closure(requestId), json("reason", "REFUSED", "explanation",
				"Manifestly excessive: the same request was answered last week"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.json().path("closure").path("reason").asString()).isEqualTo("REFUSED");
		RequestClosed event = (RequestClosed) awaitEvent(requestId, "RequestClosed").payload();
		assertThat(event.reason()).isEqualTo(ClosureReason.REFUSED);
		assertThat(event.jurisdiction()).isEqualTo("UK");
		assertThat(event.explanation()).startsWith("Manifestly excessive");
	}

	@Test
	void staffCannotCarryOutARequestWhoseIdentityIsNotVerified() {
		String requestId = open(json("type", "restriction", "email", SubjectMother.freshEmail()));
		long version = stored(requestId).getLong("version");

		Answer answer = api().postAsStaff(closure(requestId),
				json("reason", "HANDLED_BY_STAFF", "explanation", "Restricted"));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().path("type").asString()).isEqualTo("https://oubli.org/problems/identity-not-verified");
		assertThat(stored(requestId).getString("status")).isEqualTo("AWAITING_VERIFICATION");
		assertThat(stored(requestId).getLong("version")).isEqualTo(version);
	}

	@Test
	void aClosureNeedsAReasonAndAnExplanation() {
		String requestId = open(json("type", "erasure", "email", SubjectMother.freshEmail()));

		Answer noExplanation = api().postAsStaff(closure(requestId), json("reason", "REFUSED"));
		Answer unverified = api().postAsStaff(closure(requestId), json("reason", "UNVERIFIED", "explanation", "x"));

		assertThat(noExplanation.status()).isEqualTo(400);
		assertThat(noExplanation.json().path("errors").values()).extracting((error) -> error.path("field").asString())
			.containsExactly("explanation");
		assertThat(unverified.status()).isEqualTo(400);
		assertThat(stored(requestId).getString("status")).isEqualTo("AWAITING_VERIFICATION");
	}

	@Test
	void aCaseIsCancelledAtTheSubjectsRequestAndTheCancellationIsAudited() {
		String requestId = open(json("type", "erasure", "email", SubjectMother.freshEmail()));

		Answer cancelled = api().postAsStaff(closure(requestId),
				json("reason", "CANCELLED", "explanation", "The subject wrote to withdraw the request"));

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(cancelled.json().path("closure").path("reason").asString()).isEqualTo("CANCELLED");
		RequestClosed event = (RequestClosed) awaitEvent(requestId, "RequestClosed").payload();
		assertThat(event.reason()).isEqualTo(ClosureReason.CANCELLED);
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.action()).isEqualTo("case.cancelled");
		});
	}

	@Test
	void anExtensionMovesTheDueDateOnceAndASecondOneIsRefused() {
		String requestId = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		LocalDate before = LocalDate.parse(view(requestId).path("dueOn").asString());

		Answer extended = api().postAsStaff(extension(requestId),
				json("reason", "Ten years of invoices in three systems"));

		assertThat(extended.status()).isEqualTo(200);
		LocalDate after = LocalDate.parse(extended.json().path("dueOn").asString());
		assertThat(after).isAfter(before.plusMonths(2).minusDays(1)).isBefore(before.plusMonths(2).plusDays(5));
		assertThat(extended.json().path("clock").path("extended").asBoolean()).isTrue();
		DeadlineExtended event = (DeadlineExtended) awaitEvent(requestId, "DeadlineExtended").payload();
		assertThat(event.previousDueOn()).isEqualTo(before);
		assertThat(event.newDueOn()).isEqualTo(after);
		assertThat(event.reason()).isEqualTo("Ten years of invoices in three systems");
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.action()).isEqualTo("case.extended");
			assertThat(entry.details()).containsEntry("newDueOn", after.toString())
				.containsEntry("reasonSha256", AuditTrail.sha256("Ten years of invoices in three systems"));
			assertThat(entry.details().values()).doesNotContain("Ten years of invoices in three systems");
		});
		assertThat(this.audit.verify().intact()).isTrue();

		long version = stored(requestId).getLong("version");
		Answer again = api().postAsStaff(extension(requestId), json("reason", "Still more"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).isEqualTo("https://oubli.org/problems/extension-refused");
		assertThat(again.json().path("detail").asString()).contains("already extended once");
		assertThat(stored(requestId).getLong("version")).isEqualTo(version);
		assertThat(view(requestId).path("dueOn").asString()).isEqualTo(after.toString());
		assertThat(RequestEvents.typesOf(requestId)).containsOnlyOnce("DeadlineExtended");
	}

	@Test
	void aQuebecDeadlineCannotBeExtendedAndNothingChanges() {
		String requestId = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "CA-QC"));
		Document before = stored(requestId);

		Answer answer = api().postAsStaff(extension(requestId), json("reason", "Complex"));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().path("detail").asString()).contains("the CA-QC policy provides for no extension");
		assertThat(stored(requestId).getLong("version")).isEqualTo(before.getLong("version"));
		assertThat(stored(requestId).get("dueOn")).isEqualTo(before.get("dueOn"));
	}

	@Test
	void anUncoveredCountryGetsTheDefaultPolicyAndSaysSo() {
		Answer japan = api().postRequest(json("type", "erasure", "email", SubjectMother.freshEmail(), "country", "JP"));
		Answer california = api()
			.postRequest(json("type", "erasure", "email", SubjectMother.freshEmail(), "country", "us-ca"));

		assertThat(japan.json().path("jurisdiction").asString()).isEqualTo("EU-FR");
		assertThat(japan.json().path("defaultJurisdiction").asBoolean()).isTrue();
		assertThat(view(japan.json().path("requestId").asString()).path("defaultJurisdiction").asBoolean()).isTrue();
		assertThat(california.json().path("jurisdiction").asString()).isEqualTo("US-CA");
		assertThat(california.json().path("clock").asString()).isEqualTo("RUNNING");
		assertThat(california.json().path("daysLeft").asLong()).isBetween(44L, 45L);
	}

	@Test
	void anUnknownCaseIsNotFound() {
		Answer answer = api().postAsStaff(extension("0b5c3c1e-7c7e-4b8e-9a57-0d1f0e6f2b11"), json("reason", "x"));

		assertThat(answer.status()).isEqualTo(404);
	}

	private String open(String body) {
		Answer accepted = api().postRequest(body);
		assertThat(accepted.status()).isEqualTo(202);
		return accepted.json().path("requestId").asString();
	}

	private EventEnvelope awaitEvent(String requestId, String type) {
		return await().atMost(PATIENCE)
			.until(() -> RequestEvents.of(requestId)
				.stream()
				.filter((event) -> type.equals(event.type()))
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	private void send(String topic, EventEnvelope event) {
		this.kafka.send(topic, event.requestId(), this.codec.encode(event));
	}

	private JsonNode view(String requestId) {
		return api().getRequest(requestId).json();
	}

	private Document stored(String requestId) {
		return this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION);
	}

	private static String closure(String requestId) {
		return "/staff/api/v1/cases/" + requestId + "/closure";
	}

	private static String extension(String requestId) {
		return "/staff/api/v1/cases/" + requestId + "/extension";
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

}
