package org.oubli.erasure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.registry.SystemDraft;
import org.oubli.kit.events.OubliJson;
import org.oubli.kit.registry.RegistryView;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry's admin API over real HTTP, its publication on the real broker read back
 * through the kit's {@link RegistryView}, and plans frozen at fan-out. Its own database;
 * the context is closed after the class. Calls carry the admin's HTTP Basic credentials
 * (role ADMIN), as every staff call must once staff security is in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,erasure-worker", "spring.mongodb.database=erasure-registry-it" })
@OubliIntegrationTest
@DirtiesContext
class RegistryAdminIT {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("staff-admin:dev-admin-password".getBytes(StandardCharsets.UTF_8));

	private static final ConnectorStub systems = ConnectorStub.start("profiles", "payments");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ErasureJobs jobs;

	@Autowired
	private MongoTemplate mongo;

	private RegistryView view;

	@DynamicPropertySource
	static void httpSystems(DynamicPropertyRegistry registry) {
		registry.add("oubli.erasure.base-urls.profiles", () -> systems.baseUrl("profiles"));
		registry.add("oubli.erasure.base-urls.payments", () -> systems.baseUrl("payments"));
	}

	@AfterAll
	static void stopSystems() {
		systems.close();
	}

	@AfterEach
	void stopView() {
		if (this.view != null) {
			this.view.stop();
		}
	}

	@Test
	void everyRegistryRouteIsForAdminsOnlyAndARefusedCallChangesNothing() throws Exception {
		String agent = "Basic "
				+ Base64.getEncoder().encodeToString("staff-agent:dev-agent-password".getBytes(StandardCharsets.UTF_8));
		JsonNode before = json(call("GET", "/payments", null));
		String[][] routes = { { "GET", "" }, { "POST", "" }, { "GET", "/payments" }, { "PUT", "/payments" },
				{ "POST", "/payments/disable" }, { "POST", "/payments/enable" } };
		for (String[] route : routes) {
			String body = (route[0].equals("GET") || route[1].endsWith("able")) ? null : "{}";
			assertThat(callAs(agent, route[0], route[1], body).statusCode()).as("agent " + String.join(" ", route))
				.isEqualTo(403);
			assertThat(callAs(null, route[0], route[1], body).statusCode()).as("anonymous " + String.join(" ", route))
				.isEqualTo(401);
		}
		JsonNode after = json(call("GET", "/payments", null));
		assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
		assertThat(after.path("enabled").asBoolean()).isEqualTo(before.path("enabled").asBoolean());
	}

	@Test
	void listsTheSeedInPlanOrder() throws Exception {
		HttpResponse<String> listed = call("GET", "", null);

		assertThat(listed.statusCode()).isEqualTo(200);
		List<String> ids = json(listed).valueStream().map((system) -> system.path("id").asString()).toList();
		assertThat(ids).startsWith("profiles", "payments", "messaging", "warehouse", "stripe", "tawk-to");
		JsonNode payments = json(call("GET", "/payments", null));
		assertThat(payments.path("categories").get(0).path("retainFor").asString()).isEqualTo("P10Y");
		assertThat(payments.path("categories").get(0).path("purpose").path("fr").asString()).isNotBlank();
	}

	@Test
	void createsASystemThatIsPublishedOnTheCompactedTopic() throws Exception {
		String id = "crm-" + shortId();

		HttpResponse<String> created = call("POST", "", RegistryMother.crmDraft(id));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).contains("/staff/api/v1/systems/" + id);
		assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
		SystemDescriptor body = OubliJson.mapper().readValue(created.body(), SystemDescriptor.class);
		assertThat(body.version()).isEqualTo(1);
		assertThat(body.enabled()).isTrue();
		assertThat(body.mode()).isEqualTo(IntegrationMode.KAFKA);

		this.view = startedView();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.view.find(id)).contains(body));
		assertThat(this.view.find("payments")).isPresent();
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REGISTRY_SYSTEMS);
			Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
			assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
				.isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
		}
		assertThat(call("POST", "", RegistryMother.crmDraft(id)).statusCode()).as("the id is taken").isEqualTo(409);
	}

	@Test
	void updatesOnTheVersionItWasReadAtAndRefusesAStaleOne() throws Exception {
		String id = "crm-" + shortId();
		call("POST", "", RegistryMother.crmDraft(id));
		SystemDraft read = SystemDraft
			.of(OubliJson.mapper().readValue(call("GET", "/" + id, null).body(), SystemDescriptor.class));
		SystemDraft renamed = new SystemDraft(null, "Sales CRM", read.owner(), read.mode(), null, read.identifiers(),
				null, null, read.categories(), 1L);

		HttpResponse<String> updated = call("PUT", "/" + id, renamed);
		HttpResponse<String> stale = call("PUT", "/" + id, renamed);

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(json(updated).path("displayName").asString()).isEqualTo("Sales CRM");
		assertThat(json(updated).path("version").asLong()).isEqualTo(2);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale).path("type").asString()).endsWith("/stale-version");
		assertThat(json(stale).path("detail").asString()).contains("version 2");
		this.view = startedView();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.view.find(id)).get()
				.satisfies((system) -> assertThat(system.displayName()).isEqualTo("Sales CRM")));
	}

	@Test
	void disablesAndEnablesOnceEach() throws Exception {
		String id = "crm-" + shortId();
		call("POST", "", RegistryMother.crmDraft(id));

		HttpResponse<String> disabled = call("POST", "/" + id + "/disable", null);
		HttpResponse<String> again = call("POST", "/" + id + "/disable", null);
		HttpResponse<String> enabled = call("POST", "/" + id + "/enable", null);

		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(json(disabled).path("enabled").asBoolean()).isFalse();
		assertThat(json(disabled).path("version").asLong()).isEqualTo(2);
		assertThat(json(again).path("version").asLong()).as("nothing changed the second time").isEqualTo(2);
		assertThat(json(enabled).path("enabled").asBoolean()).isTrue();
		assertThat(json(enabled).path("version").asLong()).isEqualTo(3);
	}

	@Test
	void aDisableBasedOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
		String id = "crm-" + shortId();
		call("POST", "", RegistryMother.crmDraft(id));

		HttpResponse<String> stale = callRaw("POST", "/" + id + "/disable", "{\"version\":7}");
		HttpResponse<String> current = callRaw("POST", "/" + id + "/disable", "{\"version\":1}");
		HttpResponse<String> enabled = callRaw("POST", "/" + id + "/enable", "{\"version\":2}");

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale).path("type").asString()).endsWith("/stale-version");
		assertThat(current.statusCode()).isEqualTo(200);
		assertThat(json(current).path("enabled").asBoolean()).isFalse();
		assertThat(json(current).path("version").asLong()).as("the stale call changed nothing").isEqualTo(2);
		assertThat(json(enabled).path("enabled").asBoolean()).isTrue();
		assertThat(json(enabled).path("version").asLong()).isEqualTo(3);
	}

	@Test
	void refusesAnInvalidSystemNamingEveryBadFieldAndStoresNothing() throws Exception {
		String id = "crm-" + shortId();
		String body = """
				{"id":"%s","displayName":"CRM","owner":"Sales","mode":"HTTP","identifiers":["email","phone"],
				 "categories":[
				  {"name":"contacts","action":"ANONYMISE","technique":"rot13",
				   "purpose":{"en":"Sales"},"retention":{"en":"1 year","fr":"1 an"},"source":{"en":"You","fr":"Vous"}},
				  {"name":"contacts","action":"RETAIN",
				   "purpose":{"en":"Sales","fr":"Ventes"},"retention":{"en":"1 year","fr":"1 an"},"source":{"en":"You","fr":"Vous"}}]}
				"""
			.formatted(id);

		HttpResponse<String> refused = callRaw("POST", "", body);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		List<String> fields = json(refused).path("errors")
			.valueStream()
			.map((error) -> error.path("field").asString())
			.toList();
		assertThat(fields).containsExactly("baseUrl", "identifiers[1]", "categories[0].purpose.fr",
				"categories[0].technique", "categories[1].name", "categories[1].legalBasis", "categories[1].retainFor");
		assertThat(call("GET", "/" + id, null).statusCode()).isEqualTo(404);
		assertThat(this.mongo.getCollection("systems").countDocuments(new org.bson.Document("_id", id))).isZero();

		HttpResponse<String> badEnum = callRaw("POST", "", "{\"id\":\"x\",\"mode\":\"FAX\"}");
		assertThat(badEnum.statusCode()).isEqualTo(400);
		assertThat(json(badEnum).path("errors").get(0).path("field").asString()).isEqualTo("mode");
	}

	@Test
	void anUnknownOrMalformedIdIsNotFoundWithoutBeingRepeated() throws Exception {
		HttpResponse<String> unknown = call("GET", "/nothing-here", null);
		HttpResponse<String> pasted = call("GET", "/camille.martin@example.fr", null);
		HttpResponse<String> update = call("PUT", "/camille.martin@example.fr",
				RegistryMother.crmDraft("camille.martin@example.fr"));

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(pasted.statusCode()).isEqualTo(404);
		assertThat(pasted.body()).doesNotContain("camille");
		assertThat(update.statusCode()).isEqualTo(404);
		assertThat(update.body()).doesNotContain("camille");
	}

	@Test
	void aPlanIsFrozenAtFanOutAndARegistryChangeOnlyReachesLaterJobs() throws Exception {
		String first = UUID.randomUUID().toString();
		ErasureJob running = start(first);
		// other tests of the class may have registered more systems
		assertThat(running.plan()).extracting(PlannedSystem::systemId).startsWith("profiles", "payments", "messaging");

		assertThat(call("POST", "/payments/disable", null).statusCode()).isEqualTo(200);
		String second = UUID.randomUUID().toString();
		ErasureJob later = start(second);
		assertThat(call("POST", "/payments/enable", null).statusCode()).isEqualTo(200);

		assertThat(this.jobs.find(first).orElseThrow().plan()).isEqualTo(running.plan());
		assertThat(this.jobs.find(first).orElseThrow().instructionFor("payments").categories()).hasSize(4);
		assertThat(later.plan()).extracting(PlannedSystem::systemId)
			.startsWith("profiles", "messaging")
			.doesNotContain("payments");
	}

	private ErasureJob start(String requestId) {
		Instant now = Instant.now();
		IdentityVerified verified = new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(),
				"email-code", now);
		return this.jobs.start(EventEnvelope.wrap(verified, null, "identity-verification", now), verified)
			.orElseThrow();
	}

	private RegistryView startedView() throws InterruptedException {
		RegistryView started = RegistryView.fromConsumerProperties(Map.of("bootstrap.servers", bootstrap()),
				"registry-admin-it");
		started.start();
		assertThat(started.awaitReady(Duration.ofSeconds(20))).isTrue();
		return started;
	}

	private static String bootstrap() {
		return OubliInfrastructure.get().kafkaBootstrapServers();
	}

	private HttpResponse<String> call(String method, String path, Object body) throws Exception {
		return callRaw(method, path, (body != null) ? OubliJson.mapper().writeValueAsString(body) : null);
	}

	private HttpResponse<String> callRaw(String method, String path, String body) throws Exception {
		return callAs(ADMIN, method, path, body);
	}

	private HttpResponse<String> callAs(String authorization, String method, String path, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/staff/api/v1/systems" + path))
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return OubliJson.mapper().readTree(response.body());
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
