package org.oubli.verification;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.kit.outbox.Outbox;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oubli.verification.RunningService.wrong;

/**
 * identity-verification on the real broker and the MongoDB wire server: from
 * {@code RequestReceived} to {@code IdentityVerified} or {@code VerificationLocked},
 * through the API and the page. Its context is closed after the class so that it never
 * consumes alongside {@link CodeExpiryIT}'s (same consumer group, other settings).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification",
				// ClientLimitIT tests the per-client limit; here every call comes from
				// 127.0.0.1
				"oubli.verification.client-limit.limit-for-period=10000" })
@OubliIntegrationTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class IdentityVerificationIT {

	private static final String GROUP = "identity-verification";

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	private RunningService service;

	@BeforeEach
	void setUp() {
		this.service = new RunningService(this.port, this.mongo);
	}

	@Test
	void aRepeatedRequestGetsOneCodeWhichVerifiesItOnce() throws Exception {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now());
		this.service.send(received);
		this.service.send(received);

		String code = this.service.awaitIssuedCode(requestId);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		List<ConsumerRecord<String, String>> issued = this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId,
				"VerificationCodeIssued");
		assertThat(issued).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo(requestId);
			assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
				.isEqualTo("VerificationCodeIssued");
			assertThat(this.service.codec.decode(record.value()).causationId()).isEqualTo(received.eventId());
		});

		JsonNode firstWrong = this.service.assertProblem(this.service.submit(requestId, wrong(code)), 400,
				"wrong-code");
		JsonNode secondWrong = this.service.assertProblem(this.service.submit(requestId, wrong(code)), 400,
				"wrong-code");
		assertThat(firstWrong.path("attemptsLeft").asInt()).isEqualTo(4);
		assertThat(secondWrong.path("attemptsLeft").asInt()).isEqualTo(3);

		HttpResponse<String> verified = this.service.submit(requestId, code);
		assertThat(verified.statusCode()).isEqualTo(200);
		JsonNode answer = this.service.json.readTree(verified.body());
		assertThat(answer.path("requestId").asString()).isEqualTo(requestId);
		assertThat(answer.path("status").asString()).isEqualTo("VERIFIED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified"))
						.isNotEmpty());
		this.service.awaitOutboxEmpty(requestId);

		// once verified, any code gets the same answer: it is not compared, nor counted
		for (String again : List.of(code, wrong(code))) {
			HttpResponse<String> repeat = this.service.submit(requestId, again);
			assertThat(repeat.statusCode()).isEqualTo(200);
			assertThat(this.service.json.readTree(repeat.body())).isEqualTo(answer);
		}
		assertThat(this.service.stored(requestId).getInteger("attempts")).isEqualTo(3);
		assertThat(this.service.stored(requestId).getList(Outbox.FIELD, Document.class)).isEmpty();
		List<ConsumerRecord<String, String>> verifiedEvents = this.service.eventsOf(Topics.VERIFICATION_EVENTS,
				requestId, "IdentityVerified");
		assertThat(verifiedEvents).singleElement().satisfies((record) -> {
			IdentityVerified event = (IdentityVerified) this.service.codec.decode(record.value()).payload();
			assertThat(event.subject()).isEqualTo(SubjectMother.camille());
			assertThat(event.method()).isEqualTo("email-code");
		});
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationAttemptFailed"))
			.extracting((record) -> ((VerificationAttemptFailed) this.service.codec.decode(record.value()).payload())
				.attemptsLeft())
			.containsExactly(4, 3);
		assertThat(this.service.stored(requestId).toJson()).doesNotContain(code);
		assertThat(this.service.stored(requestId).getString("status")).isEqualTo("VERIFIED");
	}

	@Test
	void fiveWrongCodesLockTheRequestAndThenEvenTheRightCodeIsRefused() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.erasureReceived(requestId, SubjectMother.lucasInEnglish(), Instant.now()));
		String code = this.service.awaitIssuedCode(requestId);

		for (int left = 4; left >= 1; left--) {
			assertThat(this.service.assertProblem(this.service.submit(requestId, wrong(code)), 400, "wrong-code")
				.path("attemptsLeft")
				.asInt()).isEqualTo(left);
		}
		JsonNode locked = this.service.assertProblem(this.service.submit(requestId, wrong(code)), 423,
				"verification-locked");
		assertThat(locked.path("detail").asString()).contains("staff");
		this.service.assertProblem(this.service.submit(requestId, code), 423, "verification-locked");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationLocked"))
						.hasSize(1));
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified")).isEmpty();
	}

	@Test
	void anUnknownRequestIsNotFoundAndACodeMustBeSixDigits() throws Exception {
		this.service.assertProblem(this.service.submit(RequestMother.newRequestId(), "123456"), 404, "not-found");

		HttpResponse<String> missing = this.service
			.post("/api/v1/requests/" + RequestMother.newRequestId() + "/verification", "{}");
		HttpResponse<String> letters = this.service
			.post("/api/v1/requests/" + RequestMother.newRequestId() + "/verification", "{\"code\":\"12a456\"}");
		for (HttpResponse<String> response : List.of(missing, letters)) {
			JsonNode problem = this.service.assertProblem(response, 400, "invalid-request");
			assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("code");
			assertThat(response.body()).doesNotContain("12a456");
		}
	}

	@Test
	void aMalformedIdGetsTheSameNotFoundAsAnUnknownOneAndIsNeitherRepeatedNorLogged(CapturedOutput output)
			throws Exception {
		String unknown = RequestMother.newRequestId();
		String pasted = "hugo.moreau%40example.fr";

		JsonNode unknownProblem = this.service.assertProblem(this.service.submit(unknown, "123456"), 404, "not-found");
		HttpResponse<String> pastedAnswer = this.service.submit(pasted, "123456");
		HttpResponse<String> otherAnswer = this.service.submit("not-a-request-id", "123456");

		assertThat(unknownProblem.path("detail").asString()).isEqualTo("No such request");
		assertThat(unknownProblem.toString()).doesNotContain(unknown);
		for (HttpResponse<String> answer : List.of(pastedAnswer, otherAnswer)) {
			assertThat(this.service.assertProblem(answer, 404, "not-found")).isEqualTo(unknownProblem);
		}
		HttpResponse<String> pastedWithoutCode = this.service.post("/api/v1/requests/" + pasted + "/verification",
				"{}");
		this.service.assertProblem(pastedWithoutCode, 400, "invalid-request");
		assertThat(pastedWithoutCode.body()).doesNotContain("hugo");
		HttpResponse<String> unknownPage = this.service.get("/verify/" + unknown, "en");
		HttpResponse<String> pastedPage = this.service.get("/verify/" + pasted, "en");
		HttpResponse<String> pastedForm = this.service.postForm("/verify/" + pasted, "lang=en&code=12");
		for (HttpResponse<String> page : List.of(unknownPage, pastedPage, pastedForm)) {
			assertThat(page.statusCode()).isEqualTo(404);
			assertThat(page.body()).contains("We cannot find a request at this address.")
				.doesNotContain(unknown, "hugo", "<form");
		}
		assertThat(output.getAll()).doesNotContain("hugo", "not-a-request-id");
	}

	@Test
	void aPoisonRequestEventIsDeadLetteredAndTheNextOneIsServed() throws Exception {
		String poisonKey = "poison-" + RequestMother.newRequestId();
		this.service.kafka.send(Topics.REQUEST_EVENTS, poisonKey, "{\"type\":\"RequestReceived\", this is not json");
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.service.kafka.readAll(Topics.deadLetterOf(Topics.REQUEST_EVENTS), RunningService.READ))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(poisonKey)));
		assertThat(this.service.awaitIssuedCode(requestId)).matches("\\d{6}");
	}

	@Test
	void thePageSpeaksFrenchOrEnglishAndAppliesTheSameRules() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.erasureReceived(requestId, SubjectMother.camille(), Instant.now()));
		String code = this.service.awaitIssuedCode(requestId);

		HttpResponse<String> english = this.service.get("/verify/" + requestId, "en-GB,en;q=0.8");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"", "<label for=\"code\">Verification code</label>",
				"id=\"code\"", "action=\"/verify/" + requestId + "\"", "Confirm");
		assertThat(english.body()).doesNotContain("camille", "value=\"" + code);
		HttpResponse<String> french = this.service.get("/verify/" + requestId + "?lang=fr", "en");
		assertThat(french.body()).contains("lang=\"fr\"", "Code de vérification", "Confirmer");

		assertThat(english.body()).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
		// a form sent from elsewhere (no token of the page) is refused before any check
		// of the code
		this.service.assertProblem(this.service.postFormWithoutToken("/verify/" + requestId, "lang=en&code=" + code),
				403, "csrf");

		HttpResponse<String> wrong = this.service.postForm("/verify/" + requestId, "lang=en&code=" + wrong(code));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("role=\"alert\"", "You have 4 attempts left.", "aria-invalid=\"true\"")
			.doesNotContain(wrong(code));
		HttpResponse<String> frenchWrong = this.service.postForm("/verify/" + requestId, "lang=fr&code=" + wrong(code));
		assertThat(frenchWrong.body()).contains("Il vous reste 3 essais.");
		HttpResponse<String> invalid = this.service.postForm("/verify/" + requestId, "lang=en&code=12");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Type the six digits of the code.");

		HttpResponse<String> right = this.service.postForm("/verify/" + requestId, "lang=fr&code=" + code);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("role=\"status\"", "votre identité est confirmée").doesNotContain("<form");
		assertThat(this.service.get("/verify/" + requestId, "en").body()).contains("your identity is confirmed");
		assertThat(this.service.get("/verify/" + RequestMother.newRequestId(), "en").statusCode()).isEqualTo(404);
	}

}
