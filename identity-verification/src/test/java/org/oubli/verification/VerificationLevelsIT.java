package org.oubli.verification;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.VerificationRejected;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The levels other than the plain email code, on the real broker and the MongoDB wire
 * server, over HTTP: an {@code account}-channel request verified at once; an access
 * request's code then data point (checked by {@link IdentityCheckStub}), whose refusal
 * reads the same whether or not an account exists; an agent's request verified by a staff
 * attestation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification",
				"oubli.verification.client-limit.limit-for-period=10000" })
@OubliIntegrationTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class VerificationLevelsIT {

	private static final IdentityCheckStub profiles = start();

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	private RunningService service;

	@DynamicPropertySource
	static void identityCheck(DynamicPropertyRegistry registry) {
		registry.add("oubli.verification.identity-check.url", profiles::url);
	}

	@AfterAll
	static void stopStub() {
		profiles.close();
	}

	@BeforeEach
	void setUp() {
		this.service = new RunningService(this.port, this.mongo);
	}

	@Test
	void aLoggedInUsersRequestIsVerifiedByItsExistingAuthenticationWithoutACode() {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.received(requestId, RequestType.ACCESS, SubjectMother.camille(), "account",
				false, Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified"))
						.singleElement()
						.extracting((record) -> ((IdentityVerified) this.service.codec.decode(record.value()).payload())
							.method())
						.isEqualTo("existing-authentication"));
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationCodeIssued")).isEmpty();
	}

	@Test
	void anAccessRequestNeedsTheCodeThenADataPointAndARefusalNeverTellsWhetherAnAccountExists(CapturedOutput output)
			throws Exception {
		String camille = openAccess(SubjectMother.camille());
		String lucas = openAccess(SubjectMother.lucasInEnglish());
		HttpResponse<String> codeAnswer = this.service.submit(camille, this.service.awaitIssuedCode(camille));
		assertThat(codeAnswer.statusCode()).isEqualTo(200);
		JsonNode dataPointRequired = this.service.json.readTree(codeAnswer.body());
		assertThat(dataPointRequired.path("status").asString()).isEqualTo("DATA_POINT_REQUIRED");
		assertThat(dataPointRequired.path("dataPoints").toString()).contains("PHONE", "ACCOUNT_ID");
		this.service.submit(lucas, this.service.awaitIssuedCode(lucas));

		HttpResponse<String> wrongValue = dataPoint(camille, "PHONE", "06 00 00 00 00");
		HttpResponse<String> noAccount = dataPoint(lucas, "PHONE", "06 00 00 00 00");

		assertThat(noAccount.statusCode()).isEqualTo(wrongValue.statusCode()).isEqualTo(400);
		assertThat(noAccount.body()).isEqualTo(wrongValue.body());
		for (String header : List.of("Content-Type", "Content-Length")) {
			assertThat(noAccount.headers().firstValue(header)).isEqualTo(wrongValue.headers().firstValue(header));
		}
		this.service.assertProblem(wrongValue, 400, "data-point-not-confirmed");

		HttpResponse<String> right = dataPoint(camille, "PHONE", IdentityCheckStub.CAMILLE_PHONE);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(this.service.json.readTree(right.body()).path("status").asString()).isEqualTo("VERIFIED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, camille, "IdentityVerified"))
						.singleElement()
						.extracting((record) -> ((IdentityVerified) this.service.codec.decode(record.value()).payload())
							.method())
						.isEqualTo("email-code+data-point"));
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, lucas, "IdentityVerified")).isEmpty();
		assertThat(output.getAll()).doesNotContain("06 00 00 00 00", IdentityCheckStub.CAMILLE_PHONE, "camille.martin",
				"lucas.bernard");
	}

	@Test
	void theDataPointPageFollowsTheCodeInFrenchOrEnglish() throws Exception {
		String requestId = openAccess(SubjectMother.camille());
		HttpResponse<String> afterCode = this.service.postForm("/verify/" + requestId,
				"lang=en&code=" + this.service.awaitIssuedCode(requestId));
		assertThat(afterCode.statusCode()).isEqualTo(200);
		assertThat(afterCode.body()).contains("Your code is confirmed",
				"action=\"/verify/" + requestId + "/data-point\"", "value=\"PHONE\"", "value=\"ACCOUNT_ID\"");
		assertThat(this.service.get("/verify/" + requestId + "?lang=fr", "en").body())
			.contains("Votre code est confirmé");

		HttpResponse<String> wrong = this.service.postForm("/verify/" + requestId + "/data-point",
				"lang=fr&kind=PHONE&value=0600000000");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Nous n’avons pas pu confirmer cette information", "Il vous reste 3 essais.")
			.doesNotContain("0600000000");
		HttpResponse<String> right = this.service.postForm("/verify/" + requestId + "/data-point",
				"lang=en&kind=PHONE&value=" + IdentityCheckStub.CAMILLE_PHONE.replace(" ", "+"));
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("your identity is confirmed");
	}

	@Test
	void anAgentsRequestIsVerifiedByAStaffAttestationRecordedOnce() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.received(requestId, RequestType.ERASURE, SubjectMother.camille(), "form", true,
				Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.service.stored(requestId) != null);
		this.service.assertProblem(this.service.submit(requestId, "123456"), 409, "manual-review");
		assertThat(this.service.get("/verify/" + requestId, "en").body()).contains("authorized agent");

		HttpResponse<String> attested = this.service.postAsStaff(attestation(requestId),
				"{\"decision\":\"APPROVED\",\"method\":\"signed mandate checked\",\"note\":\"mandate of 2 Nov\"}");
		assertThat(attested.statusCode()).isEqualTo(201);
		JsonNode answer = this.service.json.readTree(attested.body());
		assertThat(answer.path("decision").asString()).isEqualTo("APPROVED");
		assertThat(answer.path("method").asString()).isEqualTo("signed mandate checked");
		assertThat(answer.path("attestedAt").asString()).isNotBlank();
		Document stored = this.service.stored(requestId).get("attestation", Document.class);
		assertThat(stored).containsEntry("method", "signed mandate checked")
			.containsEntry("note", "mandate of 2 Nov")
			.containsKeys("attestedBy", "attestedAt");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified"))
						.singleElement()
						.extracting((record) -> ((IdentityVerified) this.service.codec.decode(record.value()).payload())
							.method())
						.isEqualTo("manual-review"));

		this.service.assertProblem(this.service.postAsStaff(attestation(requestId),
				"{\"decision\":\"REJECTED\",\"method\":\"second look\"}"), 409, "not-awaiting-review");
		this.service.assertProblem(this.service.postAsStaff(attestation(RequestMother.newRequestId()),
				"{\"decision\":\"APPROVED\",\"method\":\"x\"}"), 404, "not-found");
		this.service.assertProblem(this.service.postAsStaff(attestation(requestId), "{\"decision\":\"MAYBE\"}"), 400,
				"invalid-request");
	}

	@Test
	void aRejectedAgentRequestEndsWithVerificationRejected() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.received(requestId, RequestType.ACCESS, SubjectMother.camille(), "email", true,
				Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.service.stored(requestId) != null);

		assertThat(this.service
			.postAsStaff(attestation(requestId), "{\"decision\":\"REJECTED\",\"method\":\"mandate not signed\"}")
			.statusCode()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationRejected"))
				.singleElement()
				.extracting((record) -> ((VerificationRejected) this.service.codec.decode(record.value()).payload())
					.method())
				.isEqualTo("mandate not signed"));
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "IdentityVerified")).isEmpty();
	}

	private String openAccess(org.oubli.contracts.subject.Subject subject) {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.received(requestId, RequestType.ACCESS, subject, "api", false, Instant.now()));
		return requestId;
	}

	private HttpResponse<String> dataPoint(String requestId, String kind, String value)
			throws IOException, InterruptedException {
		return this.service.post("/api/v1/requests/" + requestId + "/verification/data-point",
				"{\"kind\":\"" + kind + "\",\"value\":\"" + value + "\"}");
	}

	private static String attestation(String requestId) {
		return "/staff/api/v1/verifications/" + requestId + "/attestation";
	}

	private static IdentityCheckStub start() {
		try {
			return new IdentityCheckStub();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
