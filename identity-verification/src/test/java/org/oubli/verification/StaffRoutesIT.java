package org.oubli.verification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every staff route of identity-verification, found in its request mappings, refuses
 * anonymous callers (401) and the wrong roles (403); a refused attestation changes
 * nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification",
				"oubli.verification.client-limit.limit-for-period=10000" })
@OubliIntegrationTest
class StaffRoutesIT {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private AuditTrail audit;

	@Test
	void everyStaffRouteRefusesAnonymousCallersAndWrongRoles() {
		StaffRoutes routes = StaffRoutes.of(this.context);

		assertThat(routes.names()).contains("POST /staff/api/v1/verifications/{requestId}/attestation",
				"GET /staff/api/v1/audit", "GET /staff/api/v1/audit/verification");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aRefusedAttestationChangesNothing() throws Exception {
		RunningService service = new RunningService(this.port, this.mongo);
		String requestId = RequestMother.newRequestId();
		service.send(RequestMother.received(requestId, RequestType.ERASURE, SubjectMother.camille(), "form", true,
				Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> service.stored(requestId) != null);
		var head = this.audit.head();

		for (String who : new String[] { null, StaffRoutes.Role.AUDITOR.basic() }) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(
						"http://127.0.0.1:" + this.port + "/staff/api/v1/verifications/" + requestId + "/attestation"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVED\",\"method\":\"id card seen\"}"));
			if (who != null) {
				request.header("Authorization", who);
			}
			int status = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
			assertThat(status).isIn(401, 403);
		}

		assertThat(service.stored(requestId).get("attestation")).isNull();
		assertThat(this.audit.ofRequest(requestId)).isEmpty();
		assertThat(this.audit.head()).isEqualTo(head);
	}

}
