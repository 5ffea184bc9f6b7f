package org.oubli.erasure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.Outcome;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.contracts.subject.Subject;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.ReceiptRecording;
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
 * erasure-worker on the real broker and MongoDB wire server. Profiles and payments are
 * played by an in-test HTTP stub answering like a connector; messaging is played by the
 * test itself through {@link KafkaProbe}.
 *
 * <p>
 * Where a test must know that the worker has consumed a record before asserting that it
 * had no effect, it then sends a poison record with the same key: same key, same
 * partition, so once the poison shows up on the dead-letter topic every earlier record of
 * that request was processed.
 *
 * <p>
 * The context is closed after the class so that it never consumes alongside
 * {@link UnansweredSystemsIT}'s.
 */
@SpringBootTest(properties = { "spring.config.name=oubli-kit,erasure-worker",
		"resilience4j.retry.configs.default.max-attempts=3", "resilience4j.retry.configs.default.wait-duration=10ms",
		"resilience4j.retry.configs.default.exponential-max-wait-duration=40ms",
		"oubli.erasure.dispatch.redispatch-after=PT5S", "oubli.erasure.dispatch.sweep-interval=PT0.5S",
		"oubli.erasure.retry.initial-delay=PT0.2S", "oubli.erasure.retry.max-delay=PT0.5S",
		// one request's failing system must not open the circuit for the other tests
		"resilience4j.circuitbreaker.configs.default.sliding-window-size=10000",
		"resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=10000",
		"oubli.erasure.certificate.dev-key-file=target/erasure-worker-it-key.json" })
@OubliIntegrationTest
@DirtiesContext
class ErasureWorkerIT {

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
	void erasesEverywhereOnceEvenWhenVerificationAndReceiptsRepeat() {
		String requestId = UUID.randomUUID().toString();
		EventEnvelope verified = identityVerified(requestId, RequestType.ERASURE, SubjectMother.camille());

		send(Topics.VERIFICATION_EVENTS, verified);
		send(Topics.VERIFICATION_EVENTS, verified);
		send(Topics.VERIFICATION_EVENTS, rewrapped(verified));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(statusOf(requestId, "profiles")).isEqualTo(TaskStatus.DONE);
			assertThat(statusOf(requestId, "payments")).isEqualTo(TaskStatus.DONE);
		});
		assertThat(systems.calls(requestId, "profiles")).singleElement()
			.satisfies((call) -> assertThat(call.idempotencyKey()).isEqualTo(requestId + ":profiles:erase"));
		assertThat(systems.calls(requestId, "payments")).singleElement().satisfies((call) -> {
			assertThat(call.idempotencyKey()).isEqualTo(requestId + ":payments:erase");
			assertThat(call.instruction().subject().email()).isEqualTo(SubjectMother.camille().email());
			assertThat(call.instruction().categories()).extracting(CategoryInstruction::action)
				.containsExactly(ErasureAction.RETAIN, ErasureAction.ERASE, ErasureAction.ANONYMISE,
						ErasureAction.ANONYMISE);
		});

		ErasureInstruction toMessaging = onlyInstructionToMessaging(requestId);
		assertThat(toMessaging.categories()).containsExactly(CategoryInstruction.erase("messages"),
				CategoryInstruction.erase("chat-logs"));
		assertThat(toMessaging.idempotencyKey()).isEqualTo(requestId + ":messaging:erase");

		EventEnvelope report = reported(Receipts.honouring(toMessaging, Instant.now()));
		send(Topics.ERASURE_RECEIPTS, report);
		send(Topics.ERASURE_RECEIPTS, report);
		send(Topics.ERASURE_RECEIPTS, rewrapped(report));
		awaitDeadLettered(Topics.ERASURE_RECEIPTS, requestId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(eventsOf(requestId)).anyMatch(ErasureCompleted.class::isInstance));

		List<OubliEvent> events = eventsOf(requestId);
		assertThat(events).filteredOn(ErasureStarted.class::isInstance)
			.singleElement()
			.satisfies((started) -> assertThat(((ErasureStarted) started).plan())
				.extracting(PlannedSystem::systemId, PlannedSystem::mode)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("profiles", "http"),
						org.assertj.core.groups.Tuple.tuple("payments", "http"),
						org.assertj.core.groups.Tuple.tuple("messaging", "kafka")));
		assertThat(events).filteredOn(SystemErased.class::isInstance)
			.extracting((event) -> ((SystemErased) event).receipt().systemId())
			.containsExactlyInAnyOrder("profiles", "payments", "messaging");
		assertThat(events).filteredOn(ErasureCompleted.class::isInstance).singleElement().satisfies((event) -> {
			List<SystemOutcome> systems = ((ErasureCompleted) event).systems();
			assertThat(systems).extracting(SystemOutcome::systemId, SystemOutcome::displayName)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("profiles", "Profiles"),
						org.assertj.core.groups.Tuple.tuple("payments", "Payments"),
						org.assertj.core.groups.Tuple.tuple("messaging", "Messaging"));
			assertThat(systems.get(1).outcomes()).extracting(CategoryOutcome::category, CategoryOutcome::outcome)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("invoices", Outcome.RETAINED),
						org.assertj.core.groups.Tuple.tuple("stored-cards", Outcome.ERASED),
						org.assertj.core.groups.Tuple.tuple("customer-record", Outcome.ANONYMISED),
						org.assertj.core.groups.Tuple.tuple("billing-address", Outcome.ANONYMISED));
		});
		ErasureJob job = this.jobs.find(requestId).orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(job.plan()).isEqualTo(events.stream()
			.filter(ErasureStarted.class::isInstance)
			.map((started) -> ((ErasureStarted) started).plan())
			.findFirst()
			.orElseThrow());
	}

	@Test
	void receiptForAnUnknownRequestIsDeadLettered() {
		String unknown = UUID.randomUUID().toString();
		EventEnvelope report = reported(new ErasureReceipt(unknown, "messaging", unknown + ":messaging:erase",
				Instant.now(), List.of(CategoryOutcome.erased("messages", 1))));

		send(Topics.ERASURE_RECEIPTS, report);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(Topics.ERASURE_RECEIPTS), READ))
				.extracting(ConsumerRecord::value)
				.anySatisfy((value) -> assertThat(value).contains(report.eventId())));
		assertThat(this.jobs.find(unknown)).isEmpty();
	}

	@Test
	void receiptFromASystemOutsideThePlanIsDeadLettered() {
		String requestId = UUID.randomUUID().toString();
		this.jobs.start(identityVerified(requestId, RequestType.ERASURE, SubjectMother.lucas()), verifiedOf(requestId));
		EventEnvelope report = reported(new ErasureReceipt(requestId, "crm", requestId + ":crm:erase", Instant.now(),
				List.of(CategoryOutcome.erased("contacts", 1))));

		send(Topics.ERASURE_RECEIPTS, report);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(Topics.ERASURE_RECEIPTS), READ))
				.extracting(ConsumerRecord::value)
				.anySatisfy((value) -> assertThat(value).contains(report.eventId())));
	}

	@Test
	void retriesAnHttpSystemThatKeepsFailingDurablyWithoutGivingUpBeforeTheMargin() {
		String requestId = UUID.randomUUID().toString();
		systems.failAlways(requestId, "payments");

		send(Topics.VERIFICATION_EVENTS, identityVerified(requestId, RequestType.ERASURE, SubjectMother.lucas()));

		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			SystemTask payments = this.jobs.find(requestId).orElseThrow().task("payments").orElseThrow();
			assertThat(payments.attempts()).as("two rounds of three calls at least").isGreaterThanOrEqualTo(6);
			assertThat(payments.failures()).isGreaterThanOrEqualTo(2);
		});
		SystemTask payments = this.jobs.find(requestId).orElseThrow().task("payments").orElseThrow();
		assertThat(payments.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(payments.lastError()).isEqualTo("HTTP 500");
		assertThat(payments.nextAttemptAt()).isNotNull();
		assertThat(systems.calls(requestId, "payments")).extracting(ConnectorStub.Call::idempotencyKey)
			.containsOnly(requestId + ":payments:erase");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statusOf(requestId, "profiles")).isEqualTo(TaskStatus.DONE));
		assertThat(eventsOf(requestId)).noneMatch(SystemErasureFailed.class::isInstance)
			.noneMatch(ErasureCompleted.class::isInstance);

		systems.recover(requestId, "payments");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statusOf(requestId, "payments")).isEqualTo(TaskStatus.DONE));
	}

	@Test
	void neverCountsAContradictoryHttpReceiptAsDoneAndRetriesIt() {
		String requestId = UUID.randomUUID().toString();
		systems.leaveOutACategory(requestId, "profiles");

		send(Topics.VERIFICATION_EVENTS, identityVerified(requestId, RequestType.ERASURE, SubjectMother.camille()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(systems.calls(requestId, "profiles")).hasSizeGreaterThanOrEqualTo(2));
		SystemTask profiles = this.jobs.find(requestId).orElseThrow().task("profiles").orElseThrow();
		assertThat(profiles.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(profiles.lastError()).isEqualTo("invalid receipt: category 'connection-logs' has no outcome");
		assertThat(eventsOf(requestId)).noneMatch(
				(event) -> event instanceof SystemErased erased && "profiles".equals(erased.receipt().systemId()));
	}

	@Test
	void keepsAKafkaSystemWhoseReceiptContradictsItsInstructionPendingThenAcceptsAGoodOne() {
		String requestId = UUID.randomUUID().toString();
		ErasureJob job = this.jobs
			.start(identityVerified(requestId, RequestType.ERASURE, SubjectMother.camille()), verifiedOf(requestId))
			.orElseThrow();
		ErasureReceipt good = Receipts.honouring(job.instructionFor("messaging"), Instant.now());
		ErasureReceipt anonymisedInstead = new ErasureReceipt(requestId, "messaging", good.idempotencyKey(),
				good.completedAt(), List.of(CategoryOutcome.erased("messages", 4),
						CategoryOutcome.anonymised("chat-logs", "placeholder", 2)));

		send(Topics.ERASURE_RECEIPTS, reported(anonymisedInstead));

		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(this.jobs.find(requestId).orElseThrow().task("messaging").orElseThrow())
				.satisfies((messaging) -> {
					assertThat(messaging.lastError())
						.isEqualTo("invalid receipt: category 'chat-logs' was to be ERASED but is reported ANONYMISED");
					assertThat(messaging.status()).isEqualTo(TaskStatus.PENDING);
				}));
		assertThat(eventsOf(requestId)).noneMatch(SystemErasureFailed.class::isInstance);

		send(Topics.ERASURE_RECEIPTS, reported(good));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statusOf(requestId, "messaging")).isEqualTo(TaskStatus.DONE));
	}

	@Test
	void ignoresVerificationsOfOtherRequestTypes() {
		String requestId = UUID.randomUUID().toString();

		send(Topics.VERIFICATION_EVENTS, identityVerified(requestId, RequestType.ACCESS, SubjectMother.camille()));
		awaitDeadLettered(Topics.VERIFICATION_EVENTS, requestId);

		assertThat(this.jobs.find(requestId)).isEmpty();
		assertThat(systems.calls(requestId, "profiles")).isEmpty();
	}

	@Test
	void sweepDispatchesHttpSystemsWhoseDispatchWasLost() {
		String requestId = UUID.randomUUID().toString();
		// as if the service died right after saving the job: nobody dispatches it
		this.jobs.start(identityVerified(requestId, RequestType.ERASURE, SubjectMother.camille()),
				verifiedOf(requestId));
		assertThat(systems.calls(requestId, "profiles")).isEmpty();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(statusOf(requestId, "profiles")).isEqualTo(TaskStatus.DONE);
			assertThat(statusOf(requestId, "payments")).isEqualTo(TaskStatus.DONE);
		});
		assertThat(systems.calls(requestId, "profiles")).hasSize(1);
		assertThat(systems.calls(requestId, "payments")).hasSize(1);
	}

	@Test
	void completesExactlyOnceWhenReceiptsRace() throws Exception {
		String requestId = UUID.randomUUID().toString();
		ErasureJob job = this.jobs
			.start(identityVerified(requestId, RequestType.ERASURE, SubjectMother.leaWithoutAccount()),
					verifiedOf(requestId))
			.orElseThrow();
		List<Callable<ReceiptRecording>> receipts = new ArrayList<>();
		for (String systemId : List.of("profiles", "payments", "messaging", "profiles", "payments", "messaging")) {
			ErasureReceipt receipt = Receipts.honouring(job.instructionFor(systemId), Instant.now());
			receipts.add(() -> this.jobs.recordReceipt(requestId, receipt, 1, null));
		}

		List<ReceiptRecording> recorded = new ArrayList<>();
		ExecutorService racers = Executors.newFixedThreadPool(receipts.size());
		try {
			for (Future<ReceiptRecording> result : racers.invokeAll(receipts)) {
				recorded.add(result.get());
			}
		}
		finally {
			racers.shutdown();
		}

		assertThat(recorded).as("the last receipt hands the job to verification")
			.containsOnlyOnce(ReceiptRecording.VERIFICATION_DUE);
		assertThat(recorded).filteredOn(ReceiptRecording.DUPLICATE::equals).hasSize(3);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(eventsOf(requestId)).filteredOn(ErasureCompleted.class::isInstance).hasSize(1));
		assertThat(eventsOf(requestId)).filteredOn(SystemErased.class::isInstance).hasSize(3);
	}

	private static IdentityVerified verifiedOf(String requestId) {
		return new IdentityVerified(requestId, RequestType.ERASURE, SubjectMother.camille(), "email-code",
				Instant.now());
	}

	private static EventEnvelope identityVerified(String requestId, RequestType type, Subject subject) {
		Instant now = Instant.now();
		return EventEnvelope.wrap(new IdentityVerified(requestId, type, subject, "email-code", now), null,
				"identity-verification", now);
	}

	private static EventEnvelope reported(ErasureReceipt receipt) {
		return EventEnvelope.wrap(new SystemErasureReported(receipt.requestId(), receipt), null, "demo-messaging",
				Instant.now());
	}

	/**
	 * The same event again under a new event id, as a producer retrying would send it.
	 */
	private static EventEnvelope rewrapped(EventEnvelope envelope) {
		return EventEnvelope.wrap(envelope.payload(), null, envelope.source(), Instant.now());
	}

	private void send(String topic, EventEnvelope envelope) {
		this.kafka.send(topic, envelope.requestId(), this.codec.encode(envelope));
	}

	/** Sends a poison record keyed by the request and waits until it is dead-lettered. */
	private void awaitDeadLettered(String topic, String requestId) {
		String marker = "not an event " + UUID.randomUUID();
		this.kafka.send(topic, requestId, marker);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(topic), READ))
				.extracting(ConsumerRecord::value)
				.contains(marker));
	}

	private ErasureInstruction onlyInstructionToMessaging(String requestId) {
		List<OubliEvent> requests = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			requests.clear();
			requests.addAll(eventsOn(Topics.ERASURE_REQUESTS, requestId));
			assertThat(requests).isNotEmpty();
		});
		assertThat(requests).singleElement().isInstanceOf(ErasureRequested.class);
		ErasureInstruction instruction = ((ErasureRequested) requests.get(0)).instruction();
		assertThat(instruction.systemId()).isEqualTo("messaging");
		return instruction;
	}

	private List<OubliEvent> eventsOf(String requestId) {
		return eventsOn(Topics.ERASURE_EVENTS, requestId);
	}

	private List<OubliEvent> eventsOn(String topic, String requestId) {
		return this.kafka.readAll(topic, READ)
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.map((record) -> this.codec.decode(record.value()).payload())
			.toList();
	}

	private TaskStatus statusOf(String requestId, String systemId) {
		return this.jobs.find(requestId)
			.flatMap((job) -> job.task(systemId))
			.map(SystemTask::status)
			.orElse(TaskStatus.PENDING);
	}

}
