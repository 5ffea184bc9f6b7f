package org.oubli.verification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff attestation goes on the audit trail once, with who (the member of staff a
 * trusted console acts for, or the calling account) and the decision, never the free
 * text; the chain verifies.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification",
				"oubli.verification.client-limit.limit-for-period=10000" })
@OubliIntegrationTest
class AttestationAuditIT {

	private static final String CONSOLE = "Basic "
			+ Base64.getEncoder().encodeToString("oubli-console:dev-console-password".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private AuditTrail audit;

	private RunningService service;

	@BeforeEach
	void setUp() {
		this.service = new RunningService(this.port, this.mongo);
	}

	@Test
	void anAttestationThroughTheConsoleIsAuditedAsTheMemberOfStaffViaTheConsole() throws Exception {
		String requestId = awaitingReview();

		HttpResponse<String> answer = attest(requestId, CONSOLE, "alice");

		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("alice via oubli-console");
			assertThat(entry.action()).isEqualTo("verification.attested");
			assertThat(entry.details()).containsEntry("decision", "APPROVED")
				.containsEntry("methodSha256", AuditTrail.sha256("signed mandate checked"))
				.containsEntry("noteSha256", AuditTrail.sha256("mandate of 2 Nov"));
			assertThat(entry.details().values()).doesNotContain("signed mandate checked", "mandate of 2 Nov");
		});
		assertThat(this.service.stored(requestId).get("attestation", org.bson.Document.class))
			.containsEntry("attestedBy", "alice via oubli-console");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theHeaderOfAnUntrustedAccountIsIgnored() throws Exception {
		String requestId = awaitingReview();

		assertThat(attest(requestId, Role.AGENT.basic(), "alice").statusCode()).isEqualTo(201);

		AuditEntry entry = this.audit.ofRequest(requestId).get(0);
		assertThat(entry.actor()).isEqualTo("staff-agent");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aRefusedSecondAttestationAddsNoEntry() throws Exception {
		String requestId = awaitingReview();
		attest(requestId, Role.AGENT.basic(), null);

		assertThat(attest(requestId, Role.AGENT.basic(), null).statusCode()).isEqualTo(409);

		assertThat(this.audit.ofRequest(requestId)).hasSize(1);
	}

	private String awaitingReview() {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.received(requestId, RequestType.ERASURE, SubjectMother.camille(), "form", true,
				Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.service.stored(requestId) != null);
		return requestId;
	}

	private HttpResponse<String> attest(String requestId, String authorization, String onBehalfOf) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI
				.create("http://127.0.0.1:" + this.port + "/staff/api/v1/verifications/" + requestId + "/attestation"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"decision\":\"APPROVED\",\"method\":\"signed mandate checked\",\"note\":\"mandate of 2 Nov\"}"));
		if (onBehalfOf != null) {
			request.header(StaffActors.ON_BEHALF_OF, onBehalfOf);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
