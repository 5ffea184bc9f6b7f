package org.oubli.verification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.outbox.Outbox;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * identity-verification on the real broker and the MongoDB wire server: from
 * {@code RequestReceived} to {@code IdentityVerified} or {@code VerificationLocked},
 * through the API and the page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,identity-verification")
@OubliIntegrationTest
class IdentityVerificationIT {

	private static final String GROUP = "identity-verification";

	private static final Duration READ = Duration.ofSeconds(2);

	private final EventCodec codec = new EventCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aRepeatedRequestGetsOneCodeWhichVerifiesItOnce() throws Exception {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now());
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(received));
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(received));

		String code = awaitIssuedCode(requestId);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		List<ConsumerRecord<String, String>> issued = eventsOf(Topics.VERIFICATION_EVENTS, requestId,
				"VerificationCodeIssued");
		assertThat(issued).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo(requestId);
			assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
				.isEqualTo("VerificationCodeIssued");
			assertThat(this.codec.decode(record.value()).causationId()).isEqualTo(received.eventId());
		});

		JsonNode firstWrong = assertProblem(submit(requestId, wrong(code)), 400, "wrong-code");
		JsonNode secondWrong = assertProblem(submit(requestId, wrong(code)), 400, "wrong-code");
		assertThat(firstWrong.path("attemptsLeft").asInt()).isEqualTo(4);
		assertThat(secondWrong.path("attemptsLeft").asInt()).isEqualTo(3);

		HttpResponse<String> verified = submit(requestId, code);
		assertThat(verified.statusCode()).isEqualTo(200);
		JsonNode answer = this.json.readTree(verified.body());
		assertThat(answer.path("requestId").asString()).isEqualTo(requestId);
		assertThat(answer.path("status").asString()).isEqualTo("VERIFIED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified")).isNotEmpty());
		awaitOutboxEmpty(requestId);

		HttpResponse<String> again = submit(requestId, code);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).path("status").asString()).isEqualTo("VERIFIED");
		assertThat(stored(requestId).getList(Outbox.FIELD, Document.class)).isEmpty();
		List<ConsumerRecord<String, String>> verifiedEvents = eventsOf(Topics.VERIFICATION_EVENTS, requestId,
				"IdentityVerified");
		assertThat(verifiedEvents).singleElement().satisfies((record) -> {
			IdentityVerified event = (IdentityVerified) this.codec.decode(record.value()).payload();
			assertThat(event.subject()).isEqualTo(SubjectMother.camille());
			assertThat(event.method()).isEqualTo("email-code");
		});
		assertThat(eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationAttemptFailed")).extracting(
				(record) -> ((VerificationAttemptFailed) this.codec.decode(record.value()).payload()).attemptsLeft())
			.containsExactly(4, 3);
		assertThat(stored(requestId).toJson()).doesNotContain(code);
		assertThat(stored(requestId).getString("status")).isEqualTo("VERIFIED");
	}

	@Test
	void fiveWrongCodesLockTheRequestAndThenEvenTheRightCodeIsRefused() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec
			.encode(RequestMother.erasureReceived(requestId, SubjectMother.lucasInEnglish(), Instant.now())));
		String code = awaitIssuedCode(requestId);

		for (int left = 4; left >= 1; left--) {
			assertThat(assertProblem(submit(requestId, wrong(code)), 400, "wrong-code").path("attemptsLeft").asInt())
				.isEqualTo(left);
		}
		JsonNode locked = assertProblem(submit(requestId, wrong(code)), 423, "verification-locked");
		assertThat(locked.path("detail").asString()).contains("staff");
		assertProblem(submit(requestId, code), 423, "verification-locked");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationLocked")).hasSize(1));
		assertThat(eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified")).isEmpty();
	}

	@Test
	void anUnknownRequestIsNotFoundAndACodeMustBeSixDigits() throws Exception {
		assertProblem(submit(RequestMother.newRequestId(), "123456"), 404, "not-found");

		HttpResponse<String> missing = post("/api/v1/requests/" + RequestMother.newRequestId() + "/verification", "{}");
		HttpResponse<String> letters = post("/api/v1/requests/" + RequestMother.newRequestId() + "/verification",
				"{\"code\":\"12a456\"}");
		for (HttpResponse<String> response : List.of(missing, letters)) {
			JsonNode problem = assertProblem(response, 400, "invalid-request");
			assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("code");
			assertThat(response.body()).doesNotContain("12a456");
		}
	}

	@Test
	void aPoisonRequestEventIsDeadLetteredAndTheNextOneIsServed() throws Exception {
		String poisonKey = "poison-" + RequestMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, poisonKey, "{\"type\":\"RequestReceived\", this is not json");
		String requestId = RequestMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, requestId,
				this.codec.encode(RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now())));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(Topics.REQUEST_EVENTS), READ))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(poisonKey)));
		assertThat(awaitIssuedCode(requestId)).matches("\\d{6}");
	}

	@Test
	void thePageSpeaksFrenchOrEnglishAndAppliesTheSameRules() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, requestId,
				this.codec.encode(RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now())));
		String code = awaitIssuedCode(requestId);

		HttpResponse<String> english = get("/verify/" + requestId, "en-GB,en;q=0.8");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"", "<label for=\"code\">Verification code</label>",
				"id=\"code\"", "action=\"/verify/" + requestId + "\"", "Confirm");
		assertThat(english.body()).doesNotContain("camille", "value=\"" + code);
		HttpResponse<String> french = get("/verify/" + requestId + "?lang=fr", "en");
		assertThat(french.body()).contains("lang=\"fr\"", "Code de vérification", "Confirmer");

		HttpResponse<String> wrong = postForm("/verify/" + requestId, "lang=en&code=" + wrong(code));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("role=\"alert\"", "You have 4 attempts left.", "aria-invalid=\"true\"")
			.doesNotContain(wrong(code));
		HttpResponse<String> frenchWrong = postForm("/verify/" + requestId, "lang=fr&code=" + wrong(code));
		assertThat(frenchWrong.body()).contains("Il vous reste 3 essais.");
		HttpResponse<String> invalid = postForm("/verify/" + requestId, "lang=en&code=12");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Type the six digits of the code.");

		HttpResponse<String> right = postForm("/verify/" + requestId, "lang=fr&code=" + code);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("role=\"status\"", "votre identité est confirmée").doesNotContain("<form");
		assertThat(get("/verify/" + requestId, "en").body()).contains("your identity is confirmed");
		assertThat(get("/verify/" + RequestMother.newRequestId(), "en").statusCode()).isEqualTo(404);
	}

	private String awaitIssuedCode(String requestId) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<ConsumerRecord<String, String>> issued = eventsOf(Topics.VERIFICATION_EVENTS, requestId,
					"VerificationCodeIssued");
			return issued.isEmpty() ? null
					: ((VerificationCodeIssued) this.codec.decode(issued.get(0).value()).payload()).code();
		}, (code) -> code != null);
	}

	private List<ConsumerRecord<String, String>> eventsOf(String topic, String requestId, String type) {
		return this.kafka.readAll(topic, READ)
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.filter((record) -> type.equals(this.codec.decode(record.value()).type()))
			.toList();
	}

	private void awaitOutboxEmpty(String requestId) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stored(requestId).getList(Outbox.FIELD, Document.class)).isEmpty());
	}

	private Document stored(String requestId) {
		return this.mongo.findById(requestId, Document.class, "verifications");
	}

	private static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://oubli.org/problems/" + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	private HttpResponse<String> submit(String requestId, String code) throws IOException, InterruptedException {
		return post("/api/v1/requests/" + requestId + "/verification", "{\"code\":\"" + code + "\"}");
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
