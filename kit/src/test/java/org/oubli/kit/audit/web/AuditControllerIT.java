package org.oubli.kit.audit.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's audit endpoint in a real service on a random port, against the wire server:
 * export as JSON and CSV for an inclusive UTC date range, the chain check, refusals (401,
 * 403 for agents, 400 naming the parameter), and every export recorded with its actor.
 */
@SpringBootTest(classes = AuditControllerIT.TestService.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit", "spring.application.name=kit-audit-test",
				"spring.mongodb.database=kit-audit-test", "oubli.staff.trusted-consoles=trusted-console",
				"oubli.staff.accounts[0].username=trusted-console",
				"oubli.staff.accounts[0].password={bcrypt}$2a$08$EHH5oGHqJydH7RpORGy4Oe50BR.DzZfdWehWuYnwrl2jqC6n3/4uK",
				"oubli.staff.accounts[0].roles=ADMIN" })
@OubliIntegrationTest
class AuditControllerIT {

	private static final String CONSOLE = "Basic " + java.util.Base64.getEncoder()
		.encodeToString("trusted-console:dev-console-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void emptyTrail() {
		this.mongo.getCollection(AuditTrail.COLLECTION).deleteMany(new Document());
	}

	@Test
	void exportsADayRangeAsJsonIncludingBothEndsAndRecordsTheExport() {
		String id = UUID.randomUUID().toString();
		this.trail.append("alice", "case.extended", id, Map.of("newDueDate", "2026-03-01"));
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		HttpResponse<String> answer = get("/staff/api/v1/audit?from=" + today + "&to=" + today, Role.AUDITOR.basic(),
				Map.of());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode entries = json(answer.body());
		assertThat(entries.valueStream().map((e) -> e.path("action").asString()).toList()).contains("case.extended");
		AuditEntry exported = this.trail.head();
		assertThat(exported.action()).isEqualTo(AuditController.EXPORTED);
		assertThat(exported.actor()).isEqualTo(Role.AUDITOR.username());
		assertThat(exported.details()).containsEntry("from", today)
			.containsEntry("to", today)
			.containsEntry("format", "json");
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void exportsCsvAsAnAttachmentAndFiltersOnATarget() {
		String id = UUID.randomUUID().toString();
		this.trail.append("alice", "case.extended", id, Map.of());
		this.trail.append("bob", "case.closed", UUID.randomUUID().toString(), Map.of());
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		HttpResponse<String> answer = get(
				"/staff/api/v1/audit?from=" + today + "&to=" + today + "&format=csv&target=" + id, Role.ADMIN.basic(),
				Map.of());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment; filename=\"audit-kit-audit-test-"));
		List<String> lines = answer.body().lines().toList();
		assertThat(lines.get(0)).startsWith("sequence,at,actor,action,requestId");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("alice", "case.extended", id);
		assertThat(this.trail.head().details()).containsEntry("target", id).containsEntry("format", "csv");
	}

	@Test
	void aDayOutsideTheRangeIsLeftOut() {
		this.trail.append("alice", "case.extended", null, Map.of());
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

		HttpResponse<String> answer = get("/staff/api/v1/audit?from=" + yesterday + "&to=" + yesterday,
				Role.AUDITOR.basic(), Map.of());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(json(answer.body()).size()).isZero();
	}

	@Test
	void aTrustedConsoleExportsOnBehalfOfAMemberOfStaff() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		get("/staff/api/v1/audit?from=" + today + "&to=" + today, CONSOLE, Map.of(StaffActors.ON_BEHALF_OF, "alice"));
		assertThat(this.trail.head().actor()).isEqualTo("alice via trusted-console");

		get("/staff/api/v1/audit?from=" + today + "&to=" + today, Role.ADMIN.basic(),
				Map.of(StaffActors.ON_BEHALF_OF, "alice"));
		assertThat(this.trail.head().actor()).as("an untrusted account's header is ignored")
			.isEqualTo(Role.ADMIN.username());
	}

	@Test
	void badParametersAre400ProblemsNamingTheParameterAndRecordNothing() {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Map<String, String> cases = Map.of("/staff/api/v1/audit?to=" + today, "from",
				"/staff/api/v1/audit?from=2026-13-01&to=" + today, "from", "/staff/api/v1/audit?from=" + today, "to",
				"/staff/api/v1/audit?from=2026-02-02&to=2026-02-01", "to",
				"/staff/api/v1/audit?from=2025-01-01&to=2026-01-02", "to",
				"/staff/api/v1/audit?from=2026-01-01&to=2026-01-02&format=xml", "format",
				"/staff/api/v1/audit?from=2026-01-01&to=2026-01-02&target=x", "target");
		cases.forEach((path, field) -> {
			HttpResponse<String> answer = get(path, Role.AUDITOR.basic(), Map.of());
			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json(answer.body()).path("errors").get(0).path("field").asString()).as(path).isEqualTo(field);
		});
		assertThat(this.trail.head()).isNull();
		assertThat(
				get("/staff/api/v1/audit?from=2025-01-01&to=2026-01-01", Role.AUDITOR.basic(), Map.of()).statusCode())
			.as("366 days is allowed")
			.isEqualTo(200);
	}

	@Test
	void agentsAndAnonymousCallersAreRefused() {
		assertThat(get("/staff/api/v1/audit?from=2026-01-01&to=2026-01-01", Role.AGENT.basic(), Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(get("/staff/api/v1/audit/verification", Role.AGENT.basic(), Map.of()).statusCode()).isEqualTo(403);
		assertThat(get("/staff/api/v1/audit/verification", null, Map.of()).statusCode()).isEqualTo(401);
		StaffRoutes routes = StaffRoutes.of(this.context);
		assertThat(routes.names()).contains("GET /staff/api/v1/audit", "GET /staff/api/v1/audit/verification");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isPositive();
		assertThat(this.trail.head()).as("nothing was exported").isNull();
	}

	@Test
	void theVerificationFindsTheFirstBrokenEntry() {
		this.trail.append("alice", "case.extended", null, Map.of());
		this.trail.append("bob", "case.closed", null, Map.of());
		this.trail.append("carol", "case.closed", null, Map.of());

		JsonNode intact = json(get("/staff/api/v1/audit/verification", Role.AUDITOR.basic(), Map.of()).body());
		assertThat(intact.path("ok").asBoolean()).isTrue();
		assertThat(intact.path("entriesChecked").asLong()).isEqualTo(3);
		assertThat(intact.path("firstBrokenEntry").isNull()).isTrue();

		this.mongo.getCollection(AuditTrail.COLLECTION)
			.updateOne(new Document("_id", 2L), new Document("$set", new Document("actor", "mallory")));
		JsonNode broken = json(get("/staff/api/v1/audit/verification", Role.ADMIN.basic(), Map.of()).body());
		assertThat(broken.path("ok").asBoolean()).isFalse();
		assertThat(broken.path("entriesChecked").asLong()).isEqualTo(1);
		assertThat(broken.path("firstBrokenEntry").asLong()).isEqualTo(2);
		assertThat(broken.path("service").asString()).isEqualTo("kit-audit-test");
	}

	private HttpResponse<String> get(String path, String authorization, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestService {

	}

}
