package org.oubli.erasure.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.erasure.ErasureWorkerApplication;
import org.oubli.erasure.SubjectMother;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.erasure.resilience.PartnerStub.Behaviour;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.InfrastructureCondition;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker stopped while a task waits for its durable retry resumes it after a restart:
 * the retry lives in MongoDB, not in memory. Two Spring contexts run one after the other
 * against the same MongoDB wire server, database and Kafka broker; the system is down
 * while the first runs and back before the second starts.
 */
@org.junit.jupiter.api.extension.ExtendWith(InfrastructureCondition.class)
class RestartMidRetryIT {

	private static final PartnerStub partners = PartnerStub.start(Integer.MAX_VALUE, Map.of("flaky", Behaviour.FLAKY,
			"slow", Behaviour.HONEST, "malformed", Behaviour.HONEST, "forgetful", Behaviour.HONEST));

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final EventCodec codec = new EventCodec();

	@AfterAll
	static void stopPartners() {
		partners.close();
	}

	@Test
	void aRestartedWorkerResumesTheRetryFromMongoDb() {
		String requestId = UUID.randomUUID().toString();
		int callsBeforeRestart;
		try (ConfigurableApplicationContext first = startWorker()) {
			ErasureJobs jobs = first.getBean(ErasureJobs.class);
			Instant now = Instant.now();
			this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(EventEnvelope.wrap(
					new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code", now),
					null, "identity-verification", now)));
			await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
				SystemTask flaky = jobs.find(requestId).orElseThrow().task("flaky").orElseThrow();
				assertThat(flaky.failures()).isGreaterThanOrEqualTo(1);
				assertThat(flaky.nextAttemptAt()).isNotNull();
				assertThat(flaky.lastError()).isEqualTo("HTTP 503");
			});
		}
		callsBeforeRestart = partners.erasureCalls(requestId, "flaky");
		partners.behave("flaky", Behaviour.HONEST);

		try (ConfigurableApplicationContext second = startWorker()) {
			ErasureJobs jobs = second.getBean(ErasureJobs.class);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(jobs.find(requestId).orElseThrow().task("flaky").orElseThrow().status())
					.isEqualTo(TaskStatus.DONE));
			SystemTask flaky = jobs.find(requestId).orElseThrow().task("flaky").orElseThrow();
			assertThat(flaky.attempts()).isGreaterThan(callsBeforeRestart - 1);
			assertThat(partners.erasureCalls(requestId, "flaky")).isGreaterThan(callsBeforeRestart);
		}
	}

	private static ConfigurableApplicationContext startWorker() {
		Map<String, Object> properties = new HashMap<>(OubliInfrastructure.get().springProperties());
		properties.put("spring.config.name", "oubli-kit,erasure-worker");
		properties.put("spring.mongodb.database", "erasure-restart-it");
		properties.put("server.port", "0");
		properties.put("resilience4j.retry.configs.default.max-attempts", "2");
		properties.put("resilience4j.retry.configs.default.wait-duration", "10ms");
		properties.put("resilience4j.retry.configs.default.exponential-max-wait-duration", "40ms");
		properties.put("resilience4j.circuitbreaker.configs.default.sliding-window-size", "10000");
		properties.put("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", "10000");
		// the first retry is due after the first worker stopped
		properties.put("oubli.erasure.retry.initial-delay", "PT3S");
		properties.put("oubli.erasure.retry.max-delay", "PT3S");
		properties.put("oubli.erasure.retry.jitter", "0");
		properties.put("oubli.erasure.dispatch.sweep-interval", "PT0.2S");
		properties.put("oubli.erasure.certificate.dev-key-file", "target/restart-it-key.json");
		properties.put("oubli.erasure.base-urls.flaky", partners.baseUrl("flaky"));
		properties.put("oubli.erasure.base-urls.slow", partners.baseUrl("slow"));
		properties.put("oubli.erasure.base-urls.malformed", partners.baseUrl("malformed"));
		properties.put("oubli.erasure.base-urls.forgetful", partners.baseUrl("forgetful"));
		properties.putAll(MisbehavingRegistry.properties());
		// command-line arguments outrank every configuration file (the registry of the
		// yml)
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ErasureWorkerApplication.class).run(args);
	}

}
