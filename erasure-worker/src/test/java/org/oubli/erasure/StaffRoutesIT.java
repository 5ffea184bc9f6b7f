package org.oubli.erasure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every staff route of erasure-worker, found in its request mappings, refuses anonymous
 * callers (401) and the wrong roles (403): auditors every write, agents and auditors the
 * registry, agents the audit trail; refused calls change nothing, and an admin's registry
 * change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,erasure-worker", "spring.mongodb.database=erasure-routes-it",
				"oubli.erasure.certificate.dev-key-file=target/erasure-worker-it-key.json" })
@OubliIntegrationTest
@DirtiesContext
class StaffRoutesIT {

	private static final ConnectorStub systems = ConnectorStub.start("profiles", "payments");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ErasureJobs jobs;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private org.oubli.erasure.registry.RegistryAdministration registry;

	@DynamicPropertySource
	static void httpSystems(DynamicPropertyRegistry registry) {
		registry.add("oubli.erasure.base-urls.profiles", () -> systems.baseUrl("profiles"));
		registry.add("oubli.erasure.base-urls.payments", () -> systems.baseUrl("payments"));
	}

	@AfterAll
	static void stopSystems() {
		systems.close();
	}

	@Test
	void everyStaffRouteRefusesAnonymousCallersAndWrongRoles() {
		StaffRoutes routes = StaffRoutes.of(this.context);

		assertThat(routes.names()).contains("GET /staff/api/v1/erasures/{requestId}",
				"POST /staff/api/v1/erasures/{requestId}/tasks/{systemId}/retry",
				"POST /staff/api/v1/erasures/{requestId}/tasks/{systemId}/completion",
				"GET /staff/api/v1/erasures/{requestId}/certificate", "GET /staff/api/v1/systems",
				"POST /staff/api/v1/systems", "GET /staff/api/v1/systems/{id}", "PUT /staff/api/v1/systems/{id}",
				"POST /staff/api/v1/systems/{id}/disable", "POST /staff/api/v1/systems/{id}/enable",
				"GET /staff/api/v1/audit", "GET /staff/api/v1/audit/verification");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses("http://127.0.0.1:" + this.port)).isGreaterThanOrEqualTo(25);
	}

	@Test
	void refusedWritesChangeNothing() throws Exception {
		String requestId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers())
			.send(Topics.VERIFICATION_EVENTS, requestId, new EventCodec().encode(EventEnvelope.wrap(
					new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code", now),
					null, "identity-verification", now)));
		// settled: the http systems answered; the Kafka one is not chased for an hour
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jobs.find(requestId)
				.map((job) -> job.tasks()
					.stream()
					.filter((task) -> !task.systemId().equals("messaging"))
					.allMatch((task) -> task.status() == TaskStatus.DONE))
				.orElse(false));
		ErasureJob before = this.jobs.find(requestId).orElseThrow();
		long paymentsVersion = this.registry.get("payments").version();
		AuditEntry head = this.audit.head();

		assertThat(post("/staff/api/v1/erasures/" + requestId + "/tasks/messaging/retry", Role.AUDITOR)).isEqualTo(403);
		assertThat(post("/staff/api/v1/erasures/" + requestId + "/tasks/messaging/retry", null)).isEqualTo(401);
		assertThat(post("/staff/api/v1/systems/payments/disable", Role.AGENT)).isEqualTo(403);
		assertThat(post("/staff/api/v1/systems/payments/disable", Role.AUDITOR)).isEqualTo(403);

		assertThat(this.jobs.find(requestId).orElseThrow().version()).isEqualTo(before.version());
		assertThat(this.registry.get("payments").version()).isEqualTo(paymentsVersion);
		assertThat(this.audit.head()).isEqualTo(head);
	}

	@Test
	void registryChangesAreAuditedOnceEach() {
		assertThat(post("/staff/api/v1/systems/payments/disable", Role.ADMIN)).isEqualTo(200);
		long disabledAt = this.registry.get("payments").version();
		assertThat(this.audit.head().action()).isEqualTo("system.disabled");
		assertThat(this.audit.head().actor()).isEqualTo("staff-admin");
		assertThat(this.audit.head().details()).containsEntry("systemId", "payments")
			.containsEntry("version", String.valueOf(disabledAt));
		long sequence = this.audit.head().sequence();

		assertThat(post("/staff/api/v1/systems/payments/disable", Role.ADMIN)).isEqualTo(200);
		assertThat(this.audit.head().sequence()).as("nothing changed, nothing recorded").isEqualTo(sequence);

		assertThat(post("/staff/api/v1/systems/payments/enable", Role.ADMIN)).isEqualTo(200);
		assertThat(this.audit.head().action()).isEqualTo("system.enabled");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private int post(String path, Role role) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (role != null) {
			request.header("Authorization", role.basic());
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
