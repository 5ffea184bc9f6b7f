package org.oubli.erasure.resilience;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.SubjectMother;
import org.oubli.erasure.certificate.CertificateVerifier;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.erasure.job.TaskVerification;
import org.oubli.erasure.resilience.PartnerStub.Behaviour;
import org.oubli.erasure.TopicEvents;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * erasure-worker against misbehaving systems, on the real broker and the MongoDB wire
 * server, with a registry of its own ({@code misbehaving-systems.properties}) and tiny
 * settings: one round is two calls, a call waits 1 s at most, durable retries every
 * 200-500 ms, and a task still pending 8 s after the start (the due date being unknown)
 * goes to a person. A flaky system recovers through the retries; a slow and a malformed
 * one end with a person and their last error; manual and processor systems wait for
 * staff; a forgetful one is caught by post-erasure verification; once staff handled them
 * all, the case completes with a certificate that verifies with the public key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,erasure-worker", "spring.mongodb.database=erasure-misbehaving-it",
				"resilience4j.retry.configs.default.max-attempts=2",
				"resilience4j.retry.configs.default.wait-duration=10ms",
				"resilience4j.retry.configs.default.exponential-max-wait-duration=40ms",
				"resilience4j.timelimiter.configs.default.timeout-duration=1s",
				"resilience4j.circuitbreaker.configs.default.sliding-window-size=10000",
				"resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=10000",
				"oubli.erasure.dispatch.redispatch-after=PT10S", "oubli.erasure.dispatch.sweep-interval=PT0.2S",
				"oubli.erasure.dispatch.escalate-after=PT8S", "oubli.erasure.retry.minimum-window=PT1S",
				"oubli.erasure.retry.initial-delay=PT0.2S", "oubli.erasure.retry.max-delay=PT0.5S",
				"oubli.erasure.retry.staff-retry-window=PT30S",
				"oubli.erasure.certificate.dev-key-file=target/misbehaving-it-key.json" })
@TestPropertySource(locations = "classpath:misbehaving-systems.properties")
@OubliIntegrationTest
@DirtiesContext
class MisbehavingSystemsIT {

	private static final int FAILURES_BEFORE_RECOVERY = 3;

	private static final PartnerStub partners = PartnerStub.start(FAILURES_BEFORE_RECOVERY,
			Map.of("flaky", Behaviour.FLAKY, "slow", Behaviour.SLOW, "malformed", Behaviour.MALFORMED, "forgetful",
					Behaviour.FORGETFUL));

	private static final Duration READ = Duration.ofMillis(1500);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final EventCodec codec = new EventCodec();

	@Autowired
	private ErasureJobs jobs;

	@LocalServerPort
	private int port;

	private StaffClient staff;

	@DynamicPropertySource
	static void httpSystems(DynamicPropertyRegistry registry) {
		for (String systemId : List.of("flaky", "slow", "malformed", "forgetful")) {
			registry.add("oubli.erasure.base-urls." + systemId, () -> partners.baseUrl(systemId));
		}
	}

	@AfterAll
	static void stopPartners() {
		partners.close();
	}

	@BeforeEach
	void setUp() {
		this.staff = new StaffClient(this.port);
		partners.behave("flaky", Behaviour.FLAKY);
		partners.behave("slow", Behaviour.SLOW);
		partners.behave("malformed", Behaviour.MALFORMED);
		partners.behave("forgetful", Behaviour.FORGETFUL);
	}

	@Test
	void eachMisbehavingSystemEndsDoneOrWithAPersonAndTheCaseCompletesWithASignedCertificate() {
		String requestId = UUID.randomUUID().toString();
		send(Topics.VERIFICATION_EVENTS, verified(requestId));

		// manual and processor systems are handed to people; the processor is emailed
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(eventsOn(Topics.ERASURE_REQUESTS, requestId, ErasureDelegated.class)).hasSize(2));
		ErasureDelegated toStripe = eventsOn(Topics.ERASURE_REQUESTS, requestId, ErasureDelegated.class).stream()
			.filter(ErasureDelegated::toProcessor)
			.findFirst()
			.orElseThrow();
		assertThat(toStripe.systemId()).isEqualTo("stripe");
		assertThat(toStripe.processor().privacyEmail()).isEqualTo("privacy@stripe.example");
		assertThat(toStripe.instruction().idempotencyKey()).isEqualTo(requestId + ":stripe:erase");
		assertThat(toStripe.instruction().subject().email()).isEqualTo(SubjectMother.camille().email());

		// the flaky system recovers through durable retries
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(task(requestId, "flaky").status()).isEqualTo(TaskStatus.DONE));
		assertThat(task(requestId, "flaky").attempts()).isGreaterThan(FAILURES_BEFORE_RECOVERY);

		// the slow and the malformed one are retried, then handed to a person with the
		// last error
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(task(requestId, "slow").status()).isEqualTo(TaskStatus.FAILED);
			assertThat(task(requestId, "malformed").status()).isEqualTo(TaskStatus.FAILED);
		});
		assertThat(failure(requestId, "slow").reason()).contains("no answer in time");
		assertThat(failure(requestId, "malformed").reason()).contains("unreadable answer");
		assertThat(failure(requestId, "malformed").attempts()).isGreaterThan(2);
		assertThat(task(requestId, "backoffice").status()).as("no outcome recorded by staff in time")
			.isEqualTo(TaskStatus.FAILED);

		// staff record what the back office did and what Stripe confirmed; a record that
		// contradicts the instruction is refused
		HttpResponse<String> contradicting = this.staff.post(tasks(requestId, "stripe") + "/completion",
				"{\"evidence\":\"ticket 42\",\"outcomes\":[{\"category\":\"customer\",\"outcome\":\"RETAINED\","
						+ "\"legalBasis\":\"none\",\"retainedUntil\":\"2030-01-01\",\"records\":1}]}");
		assertThat(contradicting.statusCode()).isEqualTo(400);
		assertThat(contradicting.body()).contains("category 'customer' was to be ERASED but is reported RETAINED");
		assertThat(task(requestId, "stripe").status()).isNotEqualTo(TaskStatus.DONE);
		assertThat(this.staff
			.post(tasks(requestId, "stripe") + "/completion",
					"{\"evidence\":\"Stripe confirmation SR-2291\",\"outcomes\":[{\"category\":\"customer\","
							+ "\"outcome\":\"ERASED\",\"records\":1}]}")
			.statusCode()).isEqualTo(200);
		assertThat(this.staff
			.post(tasks(requestId, "backoffice") + "/completion",
					"{\"evidence\":\"deleted by hand, ticket CC-7\",\"outcomes\":[{\"category\":\"tickets\","
							+ "\"outcome\":\"ERASED\",\"records\":3}]}")
			.statusCode()).isEqualTo(200);
		assertThat(task(requestId, "stripe").status()).isEqualTo(TaskStatus.DONE);
		assertThat(task(requestId, "backoffice").status()).isEqualTo(TaskStatus.DONE);

		// the slow and malformed systems are fixed; staff send them again
		partners.behave("slow", Behaviour.HONEST);
		partners.behave("malformed", Behaviour.HONEST);
		assertThat(this.staff.post(tasks(requestId, "slow") + "/retry", "").statusCode()).isEqualTo(200);
		assertThat(this.staff.post(tasks(requestId, "malformed") + "/retry", "").statusCode()).isEqualTo(200);

		// every system answered: verification catches the forgetful one
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(task(requestId, "forgetful").status()).isEqualTo(TaskStatus.FAILED));
		assertThat(failure(requestId, "forgetful").reason())
			.isEqualTo("post-erasure verification: category 'profile' still holds 2 records");
		assertThat(task(requestId, "forgetful").verification().leftovers())
			.containsExactly(new TaskVerification.Leftover("profile", 2, false));
		assertThat(partners.recordsCalls(requestId, "forgetful")).as("invoices are retained: not asked").isEqualTo(1);
		assertThat(job(requestId).status()).isEqualTo(JobStatus.IN_PROGRESS);
		assertThat(eventsOn(Topics.ERASURE_EVENTS, requestId, ErasureCompleted.class)).isEmpty();
		assertThat(this.staff.get("/staff/api/v1/erasures/" + requestId + "/certificate").statusCode()).isEqualTo(409);

		// the forgetful system is fixed too: everything verified, the case completes
		partners.behave("forgetful", Behaviour.HONEST);
		assertThat(this.staff.post(tasks(requestId, "forgetful") + "/retry", "").statusCode()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(job(requestId).status()).isEqualTo(JobStatus.COMPLETED));
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(eventsOn(Topics.ERASURE_EVENTS, requestId, ErasureCompleted.class)).hasSize(1));
		assertThat(task(requestId, "backoffice").verification().state()).isEqualTo(TaskVerification.NOT_VERIFIABLE);
		assertThat(task(requestId, "flaky").verification().state()).isEqualTo(TaskVerification.VERIFIED);

		// the certificate verifies with the published key, and not once a byte changed
		HttpResponse<String> certificate = this.staff.get("/staff/api/v1/erasures/" + requestId + "/certificate");
		assertThat(certificate.statusCode()).isEqualTo(200);
		JWKSet keys = publicKeys();
		Optional<String> statement = CertificateVerifier.verify(certificate.body(), keys);
		assertThat(statement).hasValueSatisfying((json) -> {
			assertThat(json).contains("\"requestId\":\"" + requestId + "\"")
				.contains("\"planHash\":\"sha256:")
				.contains("\"systemId\":\"stripe\"")
				.contains("\"legalBasis\":\"Code de commerce, art. L123-22\"")
				.contains("\"verification\":\"not-verifiable\"")
				.doesNotContain("camille")
				.doesNotContain("acc-1001")
				.doesNotContain("Stripe confirmation SR-2291");
		});
		assertThat(CertificateVerifier.verify(tampered(certificate.body()), keys)).isEmpty();
		assertThat(this.staff.get("/staff/api/v1/erasures/" + requestId + "/certificate").body()).as("issued once")
			.isEqualTo(certificate.body());
	}

	@Test
	void staffEndpointsAnswerProblemsForUnknownAndMalformedIds() {
		assertThat(this.staff.get("/staff/api/v1/erasures/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		HttpResponse<String> malformed = this.staff.get("/staff/api/v1/erasures/not-a-uuid/certificate");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).doesNotContain("not-a-uuid");
		assertThat(
				this.staff.post("/staff/api/v1/erasures/" + UUID.randomUUID() + "/tasks/flaky/retry", "").statusCode())
			.isEqualTo(404);
	}

	private JWKSet publicKeys() {
		HttpResponse<String> response = this.staff.getAnonymously("/api/v1/certificates/public-key");
		assertThat(response.statusCode()).isEqualTo(200);
		try {
			JWKSet keys = JWKSet.parse(response.body());
			assertThat(keys.getKeys()).singleElement().satisfies((key) -> assertThat(key.isPrivate()).isFalse());
			return keys;
		}
		catch (java.text.ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The certificate with one byte of its payload changed. */
	private static String tampered(String jws) {
		String[] parts = jws.split("\\.");
		byte[] payload = com.nimbusds.jose.util.Base64URL.from(parts[1]).decode();
		payload[payload.length / 2] ^= 1;
		return parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(payload) + "." + parts[2];
	}

	private static String tasks(String requestId, String systemId) {
		return "/staff/api/v1/erasures/" + requestId + "/tasks/" + systemId;
	}

	private static EventEnvelope verified(String requestId) {
		Instant now = Instant.now();
		return EventEnvelope.wrap(
				new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code", now), null,
				"identity-verification", now);
	}

	private ErasureJob job(String requestId) {
		return this.jobs.find(requestId).orElseThrow();
	}

	private SystemTask task(String requestId, String systemId) {
		return this.jobs.find(requestId)
			.flatMap((job) -> job.task(systemId))
			.orElseThrow(() -> new AssertionError("no job yet"));
	}

	private SystemErasureFailed failure(String requestId, String systemId) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(eventsOn(Topics.ERASURE_EVENTS, requestId, SystemErasureFailed.class))
				.anyMatch((failed) -> failed.systemId().equals(systemId)));
		List<SystemErasureFailed> failures = eventsOn(Topics.ERASURE_EVENTS, requestId, SystemErasureFailed.class)
			.stream()
			.filter((failed) -> failed.systemId().equals(systemId))
			.toList();
		return failures.get(failures.size() - 1);
	}

	private void send(String topic, EventEnvelope envelope) {
		this.kafka.send(topic, envelope.requestId(), this.codec.encode(envelope));
	}

	private <T extends OubliEvent> List<T> eventsOn(String topic, String requestId, Class<T> type) {
		return TopicEvents.on(this.kafka, topic, requestId, type, READ);
	}

}
