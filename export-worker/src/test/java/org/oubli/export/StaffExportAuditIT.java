package org.oubli.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.export.job.JobStore;
import org.oubli.export.testing.ExportWorkerTest;
import org.oubli.export.testing.FakeSystem;
import org.oubli.export.testing.FakeSystem.Behaviour;
import org.oubli.export.testing.TestRegistry;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.registry.RegistryView;
import org.oubli.kit.security.StaffActors;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.StaffRoutes.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff retry of a stopped export goes on the audit trail under the right actor (the
 * member of staff a trusted console acts for; an untrusted account's header ignored); a
 * refused retry adds nothing; the chain verifies.
 */
@ExportWorkerTest
class StaffExportAuditIT {

	private static final String CONSOLE = "Basic "
			+ Base64.getEncoder().encodeToString("oubli-console:dev-console-password".getBytes(StandardCharsets.UTF_8));

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RegistryView registry;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final List<FakeSystem> systems = new ArrayList<>();

	@AfterEach
	void stopSystems() {
		this.systems.forEach(FakeSystem::close);
	}

	@Test
	void retriesAreAuditedWithTheirActorAndARefusedRetryIsNot() throws Exception {
		FakeSystem bad = new FakeSystem("flaky").with("orders", orders(5)).behave(Behaviour.FAILS_ON_SECOND_PAGE);
		this.systems.add(bad);
		TestRegistry.publish(this.kafka, this.registry, TestRegistry.http("flaky", bad.baseUrl().toString(), "orders"));
		String requestId = stopped();

		assertThat(retry(requestId, Role.AUDITOR.basic(), null)).isEqualTo(403);
		assertThat(this.audit.ofRequest(requestId)).isEmpty();
		assertThat(retry(requestId, CONSOLE, "alice")).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60)).until(() -> "NEEDS_ATTENTION".equals(status(requestId)));
		assertThat(retry(requestId, Role.AGENT.basic(), "alice")).isEqualTo(202);

		List<AuditEntry> entries = this.audit.ofRequest(requestId);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("task.retried", "task.retried");
		assertThat(entries).extracting(AuditEntry::actor).containsExactly("alice via oubli-console", "staff-agent");
		assertThat(entries.get(0).details()).containsExactly(Map.entry("job", "export"));
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private String stopped() {
		String requestId = UUID.randomUUID().toString();
		Subject subject = new Subject(EmailAddress.of("hugo.moreau@example.fr"), "acc-1004", Language.FR);
		EventEnvelope verified = EventEnvelope.wrap(
				new IdentityVerified(requestId, RequestType.ACCESS, subject, "email-code", Instant.now()), null,
				"identity-verification", Instant.now());
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(verified));
		await().atMost(Duration.ofSeconds(60)).until(() -> "NEEDS_ATTENTION".equals(status(requestId)));
		return requestId;
	}

	private String status(String requestId) {
		Document job = this.mongo.findById(requestId, Document.class, JobStore.COLLECTION);
		return (job != null) ? job.getString("status") : null;
	}

	private int retry(String requestId, String authorization, String onBehalfOf) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/staff/api/v1/exports/" + requestId + "/retry"))
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.noBody());
		if (onBehalfOf != null) {
			request.header(StaffActors.ON_BEHALF_OF, onBehalfOf);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private static List<Map<String, Object>> orders(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> Map.<String, Object>of("id", "order-" + i, "amountCents", 1000 + i))
			.toList();
	}

}
