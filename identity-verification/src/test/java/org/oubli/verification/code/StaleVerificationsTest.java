package org.oubli.verification.code;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.testsupport.InMemoryMongo;
import org.oubli.verification.RequestMother;
import org.oubli.verification.code.VerificationResult.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.verification.code.VerificationTestBed.CODE_TTL;
import static org.oubli.verification.code.VerificationTestBed.T0;
import static org.oubli.verification.code.VerificationTestBed.wrong;

/**
 * The sweep of verifications nobody can finish, on the MongoDB wire server with a clock
 * the test moves; see {@link VerificationTestBed}.
 */
class StaleVerificationsTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private VerificationTestBed bed;

	private StaleVerifications sweeper;

	@BeforeEach
	void setUp() {
		// a verification period as short as one code, so that both end together here;
		// VerificationPeriodTest has the 14 days with codes asked for again
		this.bed = new VerificationTestBed(mongo.client(), new VerificationPolicy(java.util.Map.of(), CODE_TTL,
				CODE_TTL.multipliedBy(2), 5, Duration.ofMinutes(1)));
		this.sweeper = this.bed.stale;
	}

	@Test
	void aCodeThatExpiredUnusedIsClosedWithExactlyOneEvent() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL);

		assertThat(this.sweeper.sweep()).isEqualTo(1);

		assertThat(this.bed.statusOf(requestId)).isEqualTo("EXPIRED");
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).singleElement().satisfies((event) -> {
			assertThat(event.payload()).isEqualTo(new VerificationExpired(requestId, T0.plus(CODE_TTL)));
			assertThat(event.source()).isEqualTo("identity-verification");
		});
	}

	@Test
	void aCodeNotYetExpiredIsLeftAlone() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL.minusSeconds(1));

		assertThat(this.sweeper.sweep()).isZero();

		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsExactly("VerificationCodeIssued");
	}

	@Test
	void verifiedAndLockedRequestsAreLeftAlone() {
		String verified = RequestMother.newRequestId();
		this.bed.service.verify(verified, this.bed.open(verified));
		String locked = RequestMother.newRequestId();
		String code = this.bed.open(locked);
		for (int i = 0; i < 5; i++) {
			this.bed.service.verify(locked, wrong(code));
		}
		this.bed.clock.advance(CODE_TTL.plusHours(1));

		assertThat(this.sweeper.sweep()).isZero();

		assertThat(this.bed.statusOf(verified)).isEqualTo("VERIFIED");
		assertThat(this.bed.statusOf(locked)).isEqualTo("LOCKED");
		assertThat(this.bed.eventsOf(verified, "VerificationExpired")).isEmpty();
		assertThat(this.bed.eventsOf(locked, "VerificationExpired")).isEmpty();
		assertThat(this.bed.eventsOf(locked, "VerificationLocked")).hasSize(1);
	}

	@Test
	void sweepingTwiceOrFromAnotherInstanceStillEmitsOneEvent() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL.plusMinutes(5));

		assertThat(this.sweeper.sweep()).isEqualTo(1);
		assertThat(this.sweeper.sweep()).isZero();
		assertThat(this.bed.anotherSweeper().sweep()).isZero();

		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
	}

	@Test
	void twoInstancesSweepingAtOnceEmitOneEventPerRequest() throws Exception {
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			requestIds.add(RequestMother.newRequestId());
			this.bed.open(requestIds.get(i));
		}
		this.bed.clock.advance(CODE_TTL);
		List<Callable<Integer>> sweeps = List.of(this.sweeper::sweep, this.bed.anotherSweeper()::sweep,
				this.bed.anotherSweeper()::sweep);
		ExecutorService pool = Executors.newFixedThreadPool(sweeps.size());
		int closed = 0;
		try {
			for (Future<Integer> sweep : pool.invokeAll(sweeps)) {
				closed += sweep.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(closed).isEqualTo(20);
		for (String requestId : requestIds) {
			assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
			assertThat(this.bed.statusOf(requestId)).isEqualTo("EXPIRED");
		}
	}

	@Test
	void aSubmissionAfterTheSweepIsAnsweredExpiredAndAddsNoEvent() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL);
		this.sweeper.sweep();

		assertThat(this.bed.service.verify(requestId, code).outcome()).isEqualTo(Outcome.EXPIRED);

		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
		assertThat(this.bed.raw(requestId).getInteger("attempts")).isZero();
	}

	@Test
	void aSubmissionBeforeTheSweepClosesItAndTheSweepAddsNoEvent() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL);

		assertThat(this.bed.service.verify(requestId, wrong(code)).outcome()).isEqualTo(Outcome.EXPIRED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("EXPIRED");
		assertThat(this.sweeper.sweep()).isZero();

		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
	}

	@Test
	void anAttemptCountedJustBeforeExpiryMayFinishBeforeTheCodeIsClosed() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);
		this.bed.clock.advance(CODE_TTL.minusSeconds(1));
		// counted in time; its code is still being checked
		this.bed.store.reserveAttempt(requestId, this.bed.clock.instant());
		this.bed.clock.advance(Duration.ofSeconds(2));

		assertThat(this.sweeper.sweep()).isZero();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");

		this.bed.clock.advance(StaleVerifications.ABANDONED_AFTER);
		assertThat(this.sweeper.sweep()).isEqualTo(1);
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).hasSize(1);
	}

	@Test
	void anAbandonedLastAttemptLocksTheRequestOnceAfterTheGrace() {
		String requestId = RequestMother.newRequestId();
		this.bed.open(requestId);
		for (int i = 0; i < 5; i++) {
			// counted, then the process "stopped" before checking the code
			this.bed.store.reserveAttempt(requestId, this.bed.clock.instant());
		}
		this.bed.clock.advance(StaleVerifications.ABANDONED_AFTER);
		assertThat(this.sweeper.sweep()).isZero();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("PENDING");

		this.bed.clock.advance(CODE_TTL);
		assertThat(this.sweeper.sweep()).isEqualTo(1);
		assertThat(this.sweeper.sweep()).isZero();

		assertThat(this.bed.statusOf(requestId)).isEqualTo("LOCKED");
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type)
			.containsExactly("VerificationCodeIssued", "VerificationLocked");
	}

}
