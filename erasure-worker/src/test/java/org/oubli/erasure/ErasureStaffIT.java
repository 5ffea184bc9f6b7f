package org.oubli.erasure;

import java.io.IOException;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.OubliJson;
import org.oubli.kit.security.StaffActors;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff actions on erasure jobs and the cancellation of a request, on the real broker and
 * the MongoDB wire server, with a Kafka system ({@code messaging}) that never answers
 * (chased after 1 s, handed to a person 8 s after the start): retries and completions go
 * on the audit trail under the right actor; a {@code RequestClosed} (cancelled) stops the
 * erasure: no more chases, no escalation, tasks shown cancelled, staff actions refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,erasure-worker", "spring.mongodb.database=erasure-staff-it",
				"oubli.erasure.dispatch.chase-after=1s", "oubli.erasure.dispatch.escalate-after=8s",
				"oubli.erasure.dispatch.sweep-interval=200ms", "oubli.erasure.retry.minimum-window=1s",
				"oubli.erasure.certificate.dev-key-file=target/erasure-worker-it-key.json" })
@OubliIntegrationTest
@DirtiesContext
class ErasureStaffIT {

	private static final ConnectorStub systems = ConnectorStub.start("profiles", "payments");

	private static final Duration READ = Duration.ofMillis(1500);

	private static final String CONSOLE = "Basic "
			+ Base64.getEncoder().encodeToString("oubli-console:dev-console-password".getBytes(StandardCharsets.UTF_8));

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final EventCodec codec = new EventCodec();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ErasureJobs jobs;

	@Autowired
	private AuditTrail audit;

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
	void aRetryThroughTheConsoleIsAuditedAsTheMemberOfStaffAndAnUntrustedHeaderIsIgnored() {
		String requestId = started();

		assertThat(post(requestId, "/tasks/messaging/retry", null, CONSOLE, "alice").statusCode()).isEqualTo(200);
		assertThat(post(requestId, "/tasks/messaging/retry", null, Role.AGENT.basic(), "alice").statusCode())
			.isEqualTo(200);

		List<AuditEntry> entries = this.audit.ofRequest(requestId);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("task.retried", "task.retried");
		assertThat(entries).extracting(AuditEntry::actor).containsExactly("alice via oubli-console", "staff-agent");
		assertThat(entries.get(0).details()).containsExactly(Map.entry("systemId", "messaging"));
		assertThat(task(requestId, "messaging").recordedBy()).isEqualTo("staff-agent");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aStaffCompletionIsAuditedWithTheHashOfItsEvidenceOnlyAndARefusedOneIsNot() {
		String requestId = started();
		await().atMost(Duration.ofSeconds(40)).until(() -> task(requestId, "messaging").status() == TaskStatus.FAILED);
		ErasureJob job = this.jobs.find(requestId).orElseThrow();
		String evidence = "Ticket MSG-4411: deleted by the messaging team";
		String body = OubliJson.mapper()
			.writeValueAsString(Map.of("evidence", evidence, "outcomes",
					Receipts.honouring(job.instructionFor("messaging"), Instant.now()).outcomes()));

		assertThat(post(requestId, "/tasks/messaging/completion", body, CONSOLE, "bob").statusCode()).isEqualTo(200);
		assertThat(post(requestId, "/tasks/messaging/completion", body, CONSOLE, "bob").statusCode()).as("done already")
			.isEqualTo(409);

		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("task.completed");
			assertThat(entry.actor()).isEqualTo("bob via oubli-console");
			assertThat(entry.details()).containsEntry("systemId", "messaging")
				.containsEntry("evidenceSha256", AuditTrail.sha256(evidence));
			assertThat(entry.details().values()).doesNotContain(evidence);
		});
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aCancelledRequestStopsItsErasureOnceWithoutEscalation() {
		String requestId = started();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> task(requestId, "messaging").chases() > 0
					&& task(requestId, "profiles").status() == TaskStatus.DONE
					&& task(requestId, "payments").status() == TaskStatus.DONE);
		EventEnvelope closed = closed(requestId, ClosureReason.CANCELLED);

		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(closed));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jobs.find(requestId).orElseThrow().status() == JobStatus.CANCELLED);
		ErasureJob cancelled = this.jobs.find(requestId).orElseThrow();
		assertThat(task(requestId, "messaging").status()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(task(requestId, "profiles").status()).as("done before the cancellation").isEqualTo(TaskStatus.DONE);
		int instructed = instructionsTo(requestId).size();
		assertThat(instructed).isEqualTo(task(requestId, "messaging").attempts());

		// the job view shows it
		JsonNode view = OubliJson.mapper().readTree(get("/staff/api/v1/erasures/" + requestId).body());
		assertThat(view.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(view.path("tasks")
			.valueStream()
			.filter((task) -> task.path("systemId").asString().equals("messaging"))
			.findFirst()
			.orElseThrow()
			.path("status")
			.asString()).isEqualTo("CANCELLED");
		// staff cannot restart it
		HttpResponse<String> retried = post(requestId, "/tasks/messaging/retry", null, Role.AGENT.basic(), null);
		assertThat(retried.statusCode()).isEqualTo(409);
		assertThat(retried.body()).contains("erasure-cancelled");

		// the same event again, and a second closure, change nothing
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(closed));
		assertThat(this.jobs.cancel(requestId, ClosureReason.REFUSED, closed(requestId, ClosureReason.REFUSED)))
			.isFalse();

		// a request started after it escalates: the sweeps ran past the cancelled job's
		// escalation time, and left it alone
		String later = started();
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(failuresOf(later)).isNotEmpty());
		assertThat(failuresOf(requestId)).isEmpty();
		assertThat(instructionsTo(requestId)).hasSize(instructed);
		ErasureJob after = this.jobs.find(requestId).orElseThrow();
		assertThat(after.version()).isEqualTo(cancelled.version());
		assertThat(after.tasks()).extracting(SystemTask::status)
			.isEqualTo(cancelled.tasks().stream().map(SystemTask::status).toList());
	}

	@Test
	void aRequestClosedBeforeItsErasureStartedNeverStartsOne() {
		String requestId = UUID.randomUUID().toString();

		assertThat(this.jobs.cancel(requestId, ClosureReason.CANCELLED, closed(requestId, ClosureReason.CANCELLED)))
			.isFalse();

		Instant now = Instant.now();
		IdentityVerified verified = new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(),
				"email-code", now);
		assertThat(this.jobs.start(EventEnvelope.wrap(verified, null, "identity-verification", now), verified))
			.isEmpty();
		assertThat(this.jobs.find(requestId)).isEmpty();
	}

	private String started() {
		String requestId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		EventEnvelope verified = EventEnvelope.wrap(
				new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code", now), null,
				"identity-verification", now);
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(verified));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jobs.find(requestId).isPresent());
		return requestId;
	}

	private static EventEnvelope closed(String requestId, ClosureReason reason) {
		Instant now = Instant.now();
		return EventEnvelope.wrap(
				new RequestClosed(requestId, RequestType.ERASURE, SubjectMother.camille(), reason, "EU-FR", null, now),
				null, "request-intake", now);
	}

	private SystemTask task(String requestId, String systemId) {
		return this.jobs.find(requestId).orElseThrow().task(systemId).orElseThrow();
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", Role.AUDITOR.basic())
			.GET());
	}

	private HttpResponse<String> post(String requestId, String path, String json, String authorization,
			String onBehalfOf) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/staff/api/v1/erasures/" + requestId + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST((json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (onBehalfOf != null) {
			request.header(StaffActors.ON_BEHALF_OF, onBehalfOf);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
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

	private List<ErasureRequested> instructionsTo(String requestId) {
		return eventsOn(Topics.ERASURE_REQUESTS, requestId, ErasureRequested.class);
	}

	private List<SystemErasureFailed> failuresOf(String requestId) {
		return eventsOn(Topics.ERASURE_EVENTS, requestId, SystemErasureFailed.class);
	}

	private <T extends OubliEvent> List<T> eventsOn(String topic, String requestId, Class<T> type) {
		return TopicEvents.on(this.kafka, topic, requestId, type, READ);
	}

}
