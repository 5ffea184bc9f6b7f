package org.oubli.verification.code;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxProperties;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.testsupport.MongoWireServer;
import org.oubli.verification.RequestMother;
import org.oubli.verification.SubjectMother;
import org.oubli.verification.code.VerificationResult.Outcome;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The code service on the MongoDB wire server (no Kafka, no Spring context), with a clock
 * the test moves. The relay is never started, so the events a step wrote stay in the
 * document's outbox for the test to read.
 */
class VerificationServiceTest {

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private static MongoWireServer server;

	private static MongoClient client;

	private final EventCodec codec = new EventCodec();

	private final MutableClock clock = new MutableClock(T0);

	private final VerificationProperties properties = new VerificationProperties(Duration.ofMinutes(30), 5, 4);

	private MongoTemplate mongo;

	private VerificationService service;

	@BeforeAll
	static void startMongo() {
		server = MongoWireServer.inMemory();
		client = MongoClients.create(server.connectionString());
	}

	@AfterAll
	static void stopMongo() {
		client.close();
		server.close();
	}

	@BeforeEach
	void setUp() {
		this.mongo = new MongoTemplate(client, "verification-service-test");
		Outbox outbox = new Outbox(this.codec);
		OutboxRelay idleRelay = new OutboxRelay(this.mongo, null,
				new OutboxProperties(List.of(), Duration.ofSeconds(1), 10));
		this.service = new VerificationService(new VerificationStore(this.mongo, outbox),
				new VerificationCodes(this.properties), this.properties, outbox, idleRelay, this.clock,
				new SimpleMeterRegistry());
	}

	@Test
	void opensOneVerificationWithAHashedCodeAndIssuesIt() {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);

		this.service.open(received, (RequestReceived) received.payload());

		List<EventEnvelope> events = outboxOf(requestId);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("VerificationCodeIssued");
			assertThat(event.causationId()).isEqualTo(received.eventId());
		});
		VerificationCodeIssued issued = (VerificationCodeIssued) events.get(0).payload();
		assertThat(issued.code()).matches("\\d{6}");
		assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
		assertThat(issued.maxAttempts()).isEqualTo(5);
		assertThat(issued.subject()).isEqualTo(SubjectMother.camille());
		Document stored = raw(requestId);
		assertThat(stored.getString("codeHash")).isNotEqualTo(issued.code()).doesNotContain(issued.code());
		assertThat(new VerificationCodes(this.properties).matches(issued.code(), stored.getString("codeHash")))
			.isTrue();
		assertThat(stored.getString("status")).isEqualTo("PENDING");
		assertThat(stored.getString("requestId")).isEqualTo(requestId);
		assertThat(stored.getString("type")).isEqualTo("ERASURE");
		assertThat(stored.getInteger("attempts")).isZero();
		assertThat(stored.getList("processedEventIds", String.class)).containsExactly(received.eventId());
	}

	@Test
	void aRepeatedRequestReceivedIssuesNoSecondCode() {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);
		this.service.open(received, (RequestReceived) received.payload());
		String hash = raw(requestId).getString("codeHash");

		this.service.open(received, (RequestReceived) received.payload());
		EventEnvelope another = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);
		this.service.open(another, (RequestReceived) another.payload());

		assertThat(outboxOf(requestId)).hasSize(1);
		assertThat(raw(requestId).getString("codeHash")).isEqualTo(hash);
	}

	@Test
	void aRequestWithoutSubjectIsPoison() {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, null, T0);

		assertThatThrownBy(() -> this.service.open(received, (RequestReceived) received.payload()))
			.isInstanceOf(PoisonMessageException.class);
		assertThat(raw(requestId)).isNull();
	}

	@Test
	void theRightCodeVerifiesOnceAndARepeatAnswersTheSame() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);

		List<EventEnvelope> verified = outboxOf(requestId).stream()
			.filter((event) -> event.type().equals("IdentityVerified"))
			.toList();
		assertThat(verified).singleElement().satisfies((event) -> {
			IdentityVerified payload = (IdentityVerified) event.payload();
			assertThat(payload.subject()).isEqualTo(SubjectMother.camille());
			assertThat(payload.method()).isEqualTo("email-code");
			assertThat(payload.verifiedAt()).isEqualTo(T0);
		});
		assertThat(raw(requestId).getString("status")).isEqualTo("VERIFIED");
		assertThat(this.service.statusOf(requestId)).contains(VerificationStatus.VERIFIED);
	}

	@Test
	void aWrongCodeOnAVerifiedRequestIsNotTakenForTheRightOne() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		this.service.verify(requestId, code);

		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.ALREADY_VERIFIED);
	}

	@Test
	void eachWrongCodeIsCountedAndAnnounced() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);

		VerificationResult first = this.service.verify(requestId, wrong(code));
		VerificationResult second = this.service.verify(requestId, wrong(code));

		assertThat(first).isEqualTo(new VerificationResult(requestId, Outcome.WRONG_CODE, 4));
		assertThat(second).isEqualTo(new VerificationResult(requestId, Outcome.WRONG_CODE, 3));
		assertThat(raw(requestId).getInteger("attempts")).isEqualTo(2);
		assertThat(outboxOf(requestId)).filteredOn((event) -> event.type().equals("VerificationAttemptFailed"))
			.extracting((event) -> ((VerificationAttemptFailed) event.payload()).attemptsLeft())
			.containsExactly(4, 3);
	}

	@Test
	void theFifthWrongCodeLocksTheRequestAndEvenTheRightCodeIsRefusedAfter() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			outcomes.add(this.service.verify(requestId, wrong(code)).outcome());
		}

		assertThat(outcomes).containsExactly(Outcome.WRONG_CODE, Outcome.WRONG_CODE, Outcome.WRONG_CODE,
				Outcome.WRONG_CODE, Outcome.LOCKED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(raw(requestId).getString("status")).isEqualTo("LOCKED");
		assertThat(raw(requestId).getInteger("attempts")).isEqualTo(5);
		assertThat(outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsOnlyOnce("VerificationLocked")
			.doesNotContain("IdentityVerified")
			.endsWith("VerificationAttemptFailed", "VerificationLocked");
	}

	@Test
	void parallelGuessesAreNeverCheckedMoreOftenThanAllowed() throws Exception {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		List<Callable<Outcome>> guesses = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			guesses.add(() -> this.service.verify(requestId, wrong(code)).outcome());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Outcome> outcomes = new ArrayList<>();
		try {
			for (Future<Outcome> outcome : pool.invokeAll(guesses)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).filteredOn((outcome) -> outcome == Outcome.WRONG_CODE).hasSize(4);
		assertThat(outcomes).filteredOn((outcome) -> outcome == Outcome.LOCKED).hasSize(20);
		assertThat(raw(requestId).getInteger("attempts")).isEqualTo(5);
		assertThat(outboxOf(requestId)).extracting(EventEnvelope::type).containsOnlyOnce("VerificationLocked");
	}

	@Test
	void anExpiredCodeIsRefusedWithoutCountingAnAttempt() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		this.clock.advance(Duration.ofMinutes(30));

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.EXPIRED);
		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.EXPIRED);
		assertThat(raw(requestId).getInteger("attempts")).isZero();
		assertThat(raw(requestId).getString("status")).isEqualTo("PENDING");
	}

	@Test
	void theRightCodeJustBeforeExpiryStillWorks() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		this.clock.advance(Duration.ofMinutes(30).minusSeconds(1));

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void attemptsThatRanOutWithoutAnOutcomeLockTheRequestLater() {
		String requestId = RequestMother.newRequestId();
		String code = open(requestId);
		VerificationStore store = new VerificationStore(this.mongo, new Outbox(this.codec));
		for (int i = 0; i < 5; i++) {
			// counted, then the process "stopped" before checking the code
			store.reserveAttempt(requestId, this.clock.instant());
		}

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(raw(requestId).getString("status")).isEqualTo("PENDING");
		this.clock.advance(VerificationService.ABANDONED_AFTER.plusSeconds(1));
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(raw(requestId).getString("status")).isEqualTo("LOCKED");
		assertThat(outboxOf(requestId)).extracting(EventEnvelope::type).containsOnlyOnce("VerificationLocked");
	}

	@Test
	void anUnknownRequestIsNotFound() {
		assertThat(this.service.verify(RequestMother.newRequestId(), "123456").outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.service.statusOf(RequestMother.newRequestId())).isEmpty();
	}

	private String open(String requestId) {
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);
		this.service.open(received, (RequestReceived) received.payload());
		return ((VerificationCodeIssued) outboxOf(requestId).get(0).payload()).code();
	}

	private static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	private Document raw(String requestId) {
		return this.mongo.findById(requestId, Document.class, Verification.COLLECTION);
	}

	private List<EventEnvelope> outboxOf(String requestId) {
		return raw(requestId).getList(Outbox.FIELD, Document.class)
			.stream()
			.map((entry) -> this.codec.decode(entry.getString("body")))
			.toList();
	}

}
