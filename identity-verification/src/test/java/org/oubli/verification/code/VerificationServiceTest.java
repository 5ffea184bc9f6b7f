package org.oubli.verification.code;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationAttemptFailed;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.testsupport.InMemoryMongo;
import org.oubli.verification.RequestMother;
import org.oubli.verification.SubjectMother;
import org.oubli.verification.code.VerificationResult.Outcome;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oubli.verification.code.VerificationTestBed.T0;
import static org.oubli.verification.code.VerificationTestBed.wrong;

/**
 * The code service on the MongoDB wire server (no Kafka, no Spring context), with a clock
 * the test moves; see {@link VerificationTestBed}.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerificationServiceTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private VerificationTestBed bed;

	private VerificationService service;

	@BeforeEach
	void setUp() {
		this.bed = new VerificationTestBed(mongo.client());
		this.service = this.bed.service;
	}

	@Test
	void opensOneVerificationWithAHashedCodeAndIssuesIt() {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);

		this.service.open(received, (RequestReceived) received.payload());

		List<EventEnvelope> events = this.bed.outboxOf(requestId);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("VerificationCodeIssued");
			assertThat(event.causationId()).isEqualTo(received.eventId());
		});
		VerificationCodeIssued issued = (VerificationCodeIssued) events.get(0).payload();
		String code = SecretSeal.forDevelopment().open(issued.sealedCode());
		assertThat(code).matches("\\d{6}");
		assertThat(issued.sealedCode()).as("only ciphertext travels").doesNotContain(code);
		assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
		assertThat(issued.maxAttempts()).isEqualTo(5);
		assertThat(issued.subject()).isEqualTo(SubjectMother.camille());
		Document stored = this.bed.raw(requestId);
		assertThat(stored.getString("codeHash")).isNotEqualTo(code).doesNotContain(code);
		assertThat(new VerificationCodes(this.bed.properties).matches(code, stored.getString("codeHash"))).isTrue();
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
		String hash = this.bed.raw(requestId).getString("codeHash");

		this.service.open(received, (RequestReceived) received.payload());
		EventEnvelope another = RequestMother.erasureReceived(requestId, SubjectMother.camille(), T0);
		this.service.open(another, (RequestReceived) another.payload());

		assertThat(this.bed.outboxOf(requestId)).hasSize(1);
		assertThat(this.bed.raw(requestId).getString("codeHash")).isEqualTo(hash);
	}

	@Test
	void aRequestWithoutSubjectIsPoison() {
		String requestId = RequestMother.newRequestId();
		EventEnvelope received = RequestMother.erasureReceived(requestId, null, T0);

		assertThatThrownBy(() -> this.service.open(received, (RequestReceived) received.payload()))
			.isInstanceOf(PoisonMessageException.class);
		assertThat(this.bed.raw(requestId)).isNull();
	}

	@Test
	void aRequestWithAMalformedIdIsPoisonAndTheIdIsNotRepeated() {
		String malformed = "camille.martin@example.fr";
		EventEnvelope received = RequestMother.erasureReceived(malformed, SubjectMother.camille(), T0);

		assertThatThrownBy(() -> this.service.open(received, (RequestReceived) received.payload()))
			.isInstanceOf(PoisonMessageException.class)
			.message()
			.doesNotContain(malformed);
		assertThat(this.bed.raw(malformed)).isNull();
	}

	@Test
	void theRightCodeVerifiesOnceAndARepeatAnswersTheSame() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);

		assertThat(this.bed.eventsOf(requestId, "IdentityVerified")).singleElement().satisfies((event) -> {
			IdentityVerified payload = (IdentityVerified) event.payload();
			assertThat(payload.subject()).isEqualTo(SubjectMother.camille());
			assertThat(payload.method()).isEqualTo("email-code");
			assertThat(payload.verifiedAt()).isEqualTo(T0);
		});
		assertThat(this.bed.statusOf(requestId)).isEqualTo("VERIFIED");
		assertThat(this.service.statusOf(requestId)).contains(VerificationStatus.VERIFIED);
	}

	@Test
	void aVerifiedRequestAnswersVerifiedWhateverTheCodeWithoutComparingIt() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.service.verify(requestId, code);
		int comparisonsToVerify = this.bed.codes.comparisons();

		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.VERIFIED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);
		assertThat(this.service.verify(requestId, "000000").outcome()).isEqualTo(Outcome.VERIFIED);

		assertThat(this.bed.codes.comparisons()).isEqualTo(comparisonsToVerify);
		assertThat(this.bed.raw(requestId).getInteger("attempts")).isEqualTo(1);
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsExactly("VerificationCodeIssued", "IdentityVerified");
	}

	@Test
	void eachWrongCodeIsCountedAndAnnounced() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);

		VerificationResult first = this.service.verify(requestId, wrong(code));
		VerificationResult second = this.service.verify(requestId, wrong(code));

		assertThat(first).isEqualTo(new VerificationResult(requestId, Outcome.WRONG_CODE, 4));
		assertThat(second).isEqualTo(new VerificationResult(requestId, Outcome.WRONG_CODE, 3));
		assertThat(this.bed.raw(requestId).getInteger("attempts")).isEqualTo(2);
		assertThat(this.bed.eventsOf(requestId, "VerificationAttemptFailed"))
			.extracting((event) -> ((VerificationAttemptFailed) event.payload()).attemptsLeft())
			.containsExactly(4, 3);
	}

	@Test
	void theFifthWrongCodeLocksTheRequestAndEvenTheRightCodeIsRefusedAfter() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			outcomes.add(this.service.verify(requestId, wrong(code)).outcome());
		}

		assertThat(outcomes).containsExactly(Outcome.WRONG_CODE, Outcome.WRONG_CODE, Outcome.WRONG_CODE,
				Outcome.WRONG_CODE, Outcome.LOCKED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("LOCKED");
		assertThat(this.bed.raw(requestId).getInteger("attempts")).isEqualTo(5);
		assertThat(this.bed.codes.comparisons()).isEqualTo(5);
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsOnlyOnce("VerificationLocked")
			.doesNotContain("IdentityVerified")
			.endsWith("VerificationAttemptFailed", "VerificationLocked");
	}

	@Test
	void parallelGuessesAreNeverCheckedMoreOftenThanAllowed() throws Exception {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
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
		assertThat(this.bed.raw(requestId).getInteger("attempts")).isEqualTo(5);
		assertThat(this.bed.codes.comparisons()).isEqualTo(5);
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type).containsOnlyOnce("VerificationLocked");
	}

	@Test
	void anExpiredCodeIsRefusedWithoutCountingAnAttemptAndTheRequestStaysOpenForANewCode() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.bed.clock.advance(Duration.ofMinutes(30));

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.CODE_EXPIRED);
		assertThat(this.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.CODE_EXPIRED);

		assertThat(this.bed.raw(requestId).getInteger("attempts")).isZero();
		assertThat(this.bed.codes.comparisons()).isZero();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");
		assertThat(this.service.viewOf(requestId))
			.contains(new VerificationService.View(VerificationStatus.PENDING, true, true));
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).isEmpty();
	}

	@Test
	void theRightCodeJustBeforeExpiryStillWorks() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.bed.clock.advance(Duration.ofMinutes(30).minusSeconds(1));

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void attemptsThatRanOutWithoutAnOutcomeLockTheRequestLater() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		for (int i = 0; i < 5; i++) {
			// counted, then the process "stopped" before checking the code
			this.bed.store.reserveAttempt(requestId, this.bed.clock.instant());
		}

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");
		this.bed.clock.advance(StaleVerifications.ABANDONED_AFTER.plusSeconds(1));
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("LOCKED");
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsOnlyOnce("VerificationLocked")
			.doesNotContain("VerificationExpired");
	}

	@Test
	void anUnknownRequestIsNotFound() {
		assertThat(this.service.verify(RequestMother.newRequestId(), "123456").outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.service.statusOf(RequestMother.newRequestId())).isEmpty();
	}

	@Test
	void aMalformedIdIsNotFoundAndNeverLogged(CapturedOutput output) {
		String pasted = "camille.martin@example.fr";

		assertThat(this.service.verify(pasted, "123456").outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.service.verify("not-a-request", "123456").outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.service.statusOf(pasted)).isEmpty();

		assertThat(output.getAll()).contains("malformed request id").doesNotContain("camille", "not-a-request");
	}

}
