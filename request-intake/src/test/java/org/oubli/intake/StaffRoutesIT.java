package org.oubli.intake;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every staff route of request-intake, found in its request mappings (API and console),
 * refuses anonymous callers (401 problem, or for console pages a redirect to the sign-in
 * page) and the wrong roles (403); a refused closure changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
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

		assertThat(routes.names()).contains("POST /staff/api/v1/cases/{requestId}/closure",
				"POST /staff/api/v1/cases/{requestId}/extension", "GET /staff/api/v1/triage",
				"GET /staff/api/v1/triage/{id}", "GET /staff/api/v1/triage/{id}/raw",
				"POST /staff/api/v1/triage/{id}/resolution", "GET /staff/api/v1/audit",
				"GET /staff/api/v1/audit/verification", "GET /staff/console/systems",
				"POST /staff/console/systems/{id}/disable", "POST /staff/console/systems/{id}/enable");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isGreaterThanOrEqualTo(11);
	}

	@Test
	void aRefusedClosureChangesNothing() {
		IntakeHttp http = new IntakeHttp(this.port);
		Answer accepted = http.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "fr", null));
		String requestId = accepted.json().path("requestId").asString();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> stored(requestId).getList("outbox", Document.class).isEmpty());
		Document before = stored(requestId);
		List<AuditEntry> audited = this.audit.ofRequest(requestId);
		String closure = "/staff/api/v1/cases/" + requestId + "/closure";
		String body = IntakeHttp.json("reason", "CANCELLED", "reasonCode", "subject-withdrew");

		assertThat(http.post(closure, body, "Authorization", Role.AUDITOR.basic()).status()).isEqualTo(403);
		assertThat(http.post(closure, body).status()).isEqualTo(401);

		Document after = stored(requestId);
		assertThat(after.getString("status")).isEqualTo(before.getString("status"));
		assertThat(after.get("closure")).isNull();
		assertThat(after.getList("timeline", Document.class)).hasSameSizeAs(before.getList("timeline", Document.class));
		assertThat(this.audit.ofRequest(requestId)).isEqualTo(audited);
	}

	private Document stored(String requestId) {
		return this.mongo.findById(requestId, Document.class, CaseDocument.COLLECTION);
	}

}
