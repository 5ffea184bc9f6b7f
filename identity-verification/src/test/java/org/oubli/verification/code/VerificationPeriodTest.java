package org.oubli.verification.code;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.testsupport.InMemoryMongo;
import org.oubli.verification.RequestMother;
import org.oubli.verification.SubjectMother;
import org.oubli.verification.code.VerificationResult.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.verification.code.VerificationTestBed.CODE_TTL;
import static org.oubli.verification.code.VerificationTestBed.PERIOD;
import static org.oubli.verification.code.VerificationTestBed.T0;
import static org.oubli.verification.code.VerificationTestBed.wrong;

/**
 * The verification period with the default policy (14 days, a reminder on day 7, five
 * codes a minute apart), on the MongoDB wire server with the test-support
 * {@code MutableClock}: a code's own expiry does not end it, new codes can be asked for
 * within limits, the subject is reminded once and the request expires once, unverified,
 * at the end.
 */
class VerificationPeriodTest {

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
	void anExpiredCodeCanBeReplacedByANewOneThatWorksAndTheOldOneNoLonger() {
		String requestId = RequestMother.newRequestId();
		String first = this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL);
		assertThat(this.service.verify(requestId, first).outcome()).isEqualTo(Outcome.CODE_EXPIRED);

		assertThat(this.service.resendCode(requestId).outcome()).isEqualTo(Outcome.CODE_SENT);

		String second = this.bed.lastCode(requestId);
		assertThat(this.bed.eventsOf(requestId, "VerificationCodeIssued")).hasSize(2)
			.last()
			.extracting((event) -> ((VerificationCodeIssued) event.payload()).expiresAt())
			.isEqualTo(T0.plus(CODE_TTL).plus(CODE_TTL));
		assertThat(this.bed.raw(requestId).getInteger("codesIssued")).isEqualTo(2);
		if (!second.equals(first)) {
			assertThat(this.service.verify(requestId, first).outcome()).isEqualTo(Outcome.WRONG_CODE);
		}
		assertThat(this.service.verify(requestId, second).outcome()).isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void newCodesAreLimitedInPaceAndNumberAndDoNotResetTheAttempts() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.service.verify(requestId, wrong(code));

		assertThat(this.service.resendCode(requestId).outcome()).isEqualTo(Outcome.CODE_RECENTLY_SENT);
		for (int sent = 2; sent <= this.bed.policy.maxCodes(); sent++) {
			this.bed.clock.advance(this.bed.policy.resendInterval());
			assertThat(this.service.resendCode(requestId).outcome()).isEqualTo(Outcome.CODE_SENT);
		}
		this.bed.clock.advance(Duration.ofHours(1));
		assertThat(this.service.resendCode(requestId).outcome()).isEqualTo(Outcome.NO_MORE_CODES);

		assertThat(this.bed.eventsOf(requestId, "VerificationCodeIssued")).hasSize(this.bed.policy.maxCodes());
		assertThat(this.bed.raw(requestId).getInteger("attemptsLeft")).isEqualTo(4);
		assertThat(this.service.resendCode(RequestMother.newRequestId()).outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.service.resendCode("not-a-uuid").outcome()).isEqualTo(Outcome.NOT_FOUND);
	}

	@Test
	void anUnverifiedSubjectIsRemindedOnceOnDaySevenAndTheRequestExpiresOnceOnDayFourteen() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);

		this.bed.clock.advance(Duration.ofDays(7).minusMinutes(1));
		this.bed.stale.sweep();
		assertThat(this.bed.eventsOf(requestId, "VerificationReminderDue")).isEmpty();

		this.bed.clock.advance(Duration.ofMinutes(1));
		this.bed.stale.sweep();
		this.bed.anotherSweeper().sweep();
		assertThat(this.bed.eventsOf(requestId, "VerificationReminderDue")).singleElement()
			.extracting(EventEnvelope::payload)
			.isEqualTo(new VerificationReminderDue(requestId, SubjectMother.camille(), T0.plus(PERIOD)));
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");

		this.bed.clock.advance(Duration.ofDays(7).minusSeconds(1));
		assertThat(this.bed.stale.sweep()).isZero();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");

		this.bed.clock.advance(Duration.ofSeconds(1));
		assertThat(this.bed.stale.sweep()).isEqualTo(1);
		assertThat(this.bed.anotherSweeper().sweep()).isZero();

		assertThat(this.bed.statusOf(requestId)).isEqualTo("EXPIRED");
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).singleElement()
			.extracting(EventEnvelope::payload)
			.isEqualTo(new VerificationExpired(requestId, T0.plus(PERIOD)));
		assertThat(this.bed.eventsOf(requestId, "VerificationReminderDue")).hasSize(1);
		assertThat(this.service.verify(requestId, "123456").outcome()).isEqualTo(Outcome.EXPIRED);
		assertThat(this.service.resendCode(requestId).outcome()).isEqualTo(Outcome.EXPIRED);
	}

	@Test
	void aRequestVerifiedBeforeDaySevenIsNeitherRemindedNorExpired() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.VERIFIED);

		this.bed.clock.advance(PERIOD.plusDays(1));
		this.bed.stale.sweep();

		assertThat(this.bed.eventsOf(requestId, "VerificationReminderDue")).isEmpty();
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).isEmpty();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("VERIFIED");
	}

	@Test
	void aSubmissionAfterTheEndOfThePeriodClosesItWithOneEventWhateverTheSweep() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.bed.clock.advance(PERIOD);

		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.EXPIRED);
		assertThat(this.bed.stale.sweep()).isZero();

		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
		assertThat(this.service.viewOf(requestId)).get()
			.extracting(VerificationService.View::status)
			.isEqualTo(VerificationStatus.EXPIRED);
	}

}
