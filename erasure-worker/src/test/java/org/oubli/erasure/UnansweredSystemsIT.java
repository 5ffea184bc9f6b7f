package org.oubli.erasure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Kafka system that never answers, on the real broker and the MongoDB wire server, with
 * tiny settings (chase after 1 s, escalate 4 s after the start, sweeps every 200 ms): its
 * instruction is sent again unchanged, then the task is handed to a person with exactly
 * one {@code SystemErasureFailed}. Profiles and payments answer through
 * {@link ConnectorStub}. Its own database, and its context is closed after the class, so
 * that it never sweeps or consumes alongside {@link ErasureWorkerIT}'s.
 */
@SpringBootTest(
		properties = { "spring.config.name=oubli-kit,erasure-worker", "spring.mongodb.database=erasure-unanswered-it",
				"oubli.erasure.dispatch.chase-after=1s", "oubli.erasure.dispatch.escalate-after=4s",
				"oubli.erasure.dispatch.sweep-interval=200ms", "oubli.erasure.retry.minimum-window=1s",
				"oubli.erasure.certificate.dev-key-file=target/erasure-worker-it-key.json" })
@OubliIntegrationTest
@DirtiesContext
class UnansweredSystemsIT {

	private static final ConnectorStub systems = ConnectorStub.start("profiles", "payments");

	private static final Duration READ = Duration.ofMillis(1500);

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final EventCodec codec = new EventCodec();

	@Autowired
	private ErasureJobs jobs;

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
	void chasesASilentKafkaSystemThenHandsItToAPersonOnce() {
		String requestId = UUID.randomUUID().toString();

		verify(requestId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(instructionsTo(requestId)).hasSizeGreaterThanOrEqualTo(2));
		List<ErasureRequested> chased = instructionsTo(requestId);
		assertThat(chased).allSatisfy((requested) -> {
			assertThat(requested).isEqualTo(chased.get(0));
			assertThat(requested.instruction().systemId()).isEqualTo("messaging");
			assertThat(requested.instruction().idempotencyKey()).isEqualTo(requestId + ":messaging:erase");
		});

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(failuresOf(requestId)).isNotEmpty());
		SystemErasureFailed failed = failuresOf(requestId).get(0);
		assertThat(failed.systemId()).isEqualTo("messaging");
		assertThat(failed.reason()).startsWith("no answer by ")
			.endsWith(" (due date unknown: 4 seconds after the start)");
		SystemTask messaging = taskOf(requestId, "messaging");
		assertThat(messaging.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(messaging.chases()).isPositive();
		assertThat(failed.attempts()).isEqualTo(messaging.attempts()).isEqualTo(1 + messaging.chases());
		assertThat(taskOf(requestId, "profiles").status()).isEqualTo(TaskStatus.DONE);
		assertThat(taskOf(requestId, "payments").status()).isEqualTo(TaskStatus.DONE);

		// a request verified after that escalation is escalated in turn: the sweeps kept
		// running, and added nothing to the first
		String later = UUID.randomUUID().toString();
		verify(later);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(failuresOf(later)).isNotEmpty());

		assertThat(failuresOf(requestId)).containsExactly(failed);
		assertThat(instructionsTo(requestId)).hasSize(messaging.attempts());
	}

	private void verify(String requestId) {
		Instant now = Instant.now();
		EventEnvelope verified = EventEnvelope.wrap(
				new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code", now), null,
				"identity-verification", now);
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(verified));
	}

	private SystemTask taskOf(String requestId, String systemId) {
		return this.jobs.find(requestId).orElseThrow().task(systemId).orElseThrow();
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
