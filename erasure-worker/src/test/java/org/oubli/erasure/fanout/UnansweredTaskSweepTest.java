package org.oubli.erasure.fanout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.JobsTestBed;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.testsupport.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.erasure.job.JobsTestBed.CHASE_AFTER;
import static org.oubli.erasure.job.JobsTestBed.ESCALATE_AFTER;
import static org.oubli.erasure.job.JobsTestBed.T0;

/**
 * Chasing silent Kafka systems and handing tasks nobody answers to a person, on the
 * MongoDB wire server with a clock the test moves (chase after 1 hour, escalate 3 days
 * after the job started); see {@link JobsTestBed}.
 */
class UnansweredTaskSweepTest {

	private static final Duration SECOND = Duration.ofSeconds(1);

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private JobsTestBed bed;

	private UnansweredTaskSweep sweep;

	/** The reason of an escalation while the due date is unknown (3 days after T0). */
	private static final String NO_ANSWER = "no answer by 2026-11-26T09:00:00Z (due date unknown: 3 days after the start)";

	@BeforeEach
	void setUp() {
		this.bed = new JobsTestBed(mongo.client());
		this.sweep = anotherSweep();
	}

	@Test
	void chasesASilentKafkaSystemOncePerPeriodWithTheSameInstruction() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		ErasureRequested first = this.bed.eventsOf(requestId, ErasureRequested.class).get(0);

		this.bed.clock.advance(CHASE_AFTER.minus(SECOND));
		assertThat(this.sweep.chaseSilentSystems()).isZero();
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(1);

		this.bed.clock.advance(SECOND);
		assertThat(this.sweep.chaseSilentSystems()).isEqualTo(1);
		assertThat(this.sweep.chaseSilentSystems()).isZero();
		assertThat(this.bed.jobs.withChasesDue(10)).as("not picked up again before its next period").isEmpty();

		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).containsExactly(first, first);
		assertThat(first.instruction().idempotencyKey()).isEqualTo(requestId + ":messaging:erase");
		SystemTask messaging = this.bed.task(requestId, "messaging");
		assertThat(messaging.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(messaging.chases()).isEqualTo(1);
		assertThat(messaging.lastChasedAt()).isEqualTo(T0.plus(CHASE_AFTER));
		assertThat(messaging.attempts()).isEqualTo(2);

		// the next period runs from the chase
		this.bed.clock.advance(CHASE_AFTER.minus(SECOND));
		assertThat(this.sweep.chaseSilentSystems()).isZero();
		this.bed.clock.advance(SECOND);
		assertThat(this.sweep.chaseSilentSystems()).isEqualTo(1);
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).containsExactly(first, first, first);
		assertThat(this.bed.task(requestId, "messaging").chases()).isEqualTo(2);
	}

	@Test
	void chasesAJobStoredBeforeChasesWereCounted() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.forgetTaskField(requestId, "chases");

		this.bed.clock.advance(CHASE_AFTER);

		assertThat(this.sweep.chaseSilentSystems()).isEqualTo(1);
		assertThat(this.bed.task(requestId, "messaging").chases()).isEqualTo(1);
	}

	@Test
	void neverChasesHttpSystemsOrAKafkaSystemThatAnswered() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "messaging");

		this.bed.clock.advance(CHASE_AFTER.multipliedBy(5));

		assertThat(this.sweep.chaseSilentSystems()).isZero();
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(1);
		assertThat(this.bed.task(requestId, "messaging").chases()).isZero();
		assertThat(this.bed.task(requestId, "profiles").chases()).isZero();
	}

	@Test
	void escalatesASilentKafkaSystemOnceWhenTheWaitIsOver() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "payments");

		this.bed.clock.advance(ESCALATE_AFTER.minus(SECOND));
		this.sweep.sweep();
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).isEmpty();
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(2);

		this.bed.clock.advance(SECOND);
		this.sweep.sweep();
		this.bed.clock.advance(CHASE_AFTER.multipliedBy(3));
		this.sweep.sweep();
		this.sweep.sweep();

		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.isEqualTo(new SystemErasureFailed(requestId, "messaging", NO_ANSWER, 2, T0.plus(ESCALATE_AFTER)));
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).as("no chase once escalated").hasSize(2);
		SystemTask messaging = this.bed.task(requestId, "messaging");
		assertThat(messaging.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(messaging.lastError()).isEqualTo(NO_ANSWER);
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.IN_PROGRESS);
	}

	@Test
	void escalatesAnUnavailableHttpSystemWithItsLastErrorAndTrueAttempts() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "messaging");
		this.bed.jobs.recordFailure(requestId, "payments", "circuit breaker of payments is open", 1, null, true);
		this.bed.jobs.recordFailure(requestId, "payments", "circuit breaker of payments is open", 1, null, true);

		this.bed.clock.advance(ESCALATE_AFTER);
		assertThat(this.sweep.escalateOverdueTasks()).isEqualTo(1);
		assertThat(this.sweep.escalateOverdueTasks()).isZero();

		String reason = NO_ANSWER + "; last error: circuit breaker of payments is open";
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.isEqualTo(new SystemErasureFailed(requestId, "payments", reason, 2, T0.plus(ESCALATE_AFTER)));
		SystemTask payments = this.bed.task(requestId, "payments");
		assertThat(payments.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(payments.attempts()).isEqualTo(2);
		assertThat(payments.nextAttemptAt()).as("no longer re-dispatched").isNull();
		assertThat(this.bed.jobs.withDueDispatches(10)).extracting(ErasureJob::requestId).doesNotContain(requestId);
	}

	@Test
	void leavesDoneAndFailedTasksAlone() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.jobs.recordFailure(requestId, "payments", "refused: HTTP 400", 4, null, false);
		this.bed.jobs.recordFailure(requestId, "messaging", "refused by staff decision", 0, null, false);

		this.bed.clock.advance(ESCALATE_AFTER.plus(CHASE_AFTER));

		assertThat(this.sweep.escalateOverdueTasks()).isZero();
		assertThat(this.sweep.chaseSilentSystems()).isZero();
		assertThat(this.bed.jobs.withOverdueTasks(10)).as("never picked up, so never crowding out others").isEmpty();
		assertThat(this.bed.jobs.withChasesDue(10)).isEmpty();
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).extracting(SystemErasureFailed::systemId)
			.containsExactly("payments", "messaging");
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(1);
		assertThat(this.bed.task(requestId, "payments").lastError()).isEqualTo("refused: HTTP 400");
	}

	@Test
	void leavesCompletedJobsAlone() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "payments");
		this.bed.answer(requestId, "messaging");

		this.bed.clock.advance(ESCALATE_AFTER.multipliedBy(2));
		this.sweep.sweep();

		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).isEmpty();
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(1);
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.COMPLETED);
	}

	@Test
	void anHttpFailureComingBackAfterTheEscalationAddsNothing() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.clock.advance(ESCALATE_AFTER);
		this.sweep.escalateOverdueTasks();

		// the call was in flight when the task was escalated
		assertThat(this.bed.jobs.recordFailure(requestId, "payments", "HTTP 500", 4, null, true)).isFalse();
		assertThat(this.bed.jobs.recordFailure(requestId, "payments", "HTTP 400", 4, null, false)).isFalse();

		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).extracting(SystemErasureFailed::systemId)
			.containsExactly("profiles", "payments", "messaging");
		assertThat(this.bed.task(requestId, "payments").lastError()).isEqualTo(NO_ANSWER);
	}

	@Test
	void aReceiptAfterTheEscalationStillCompletesTheJob() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "payments");
		this.bed.clock.advance(ESCALATE_AFTER);
		this.sweep.escalateOverdueTasks();

		this.bed.clock.advance(Duration.ofHours(2));
		this.bed.answer(requestId, "messaging");

		assertThat(this.bed.task(requestId, "messaging").status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(this.bed.eventsOf(requestId, ErasureCompleted.class)).hasSize(1);
	}

	@Test
	void instancesSweepingAtOnceChaseOncePerPeriodAndEscalateOnce() throws Exception {
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			requestIds.add(newRequestId());
			this.bed.start(requestIds.get(i));
		}
		List<UnansweredTaskSweep> instances = List.of(this.sweep, anotherSweep(), anotherSweep());

		this.bed.clock.advance(CHASE_AFTER);
		assertThat(runAtOnce(instances, UnansweredTaskSweep::chaseSilentSystems)).isEqualTo(10);
		this.bed.clock.advance(ESCALATE_AFTER);
		assertThat(runAtOnce(instances, UnansweredTaskSweep::escalateOverdueTasks)).isEqualTo(30);
		assertThat(runAtOnce(instances, UnansweredTaskSweep::escalateOverdueTasks)).isZero();

		for (String requestId : requestIds) {
			assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).hasSize(2);
			assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class))
				.extracting(SystemErasureFailed::systemId)
				.containsExactlyInAnyOrder("profiles", "payments", "messaging");
		}
	}

	private UnansweredTaskSweep anotherSweep() {
		return new UnansweredTaskSweep(this.bed.anotherInstance(), this.bed.properties);
	}

	private static int runAtOnce(List<UnansweredTaskSweep> instances, ToIntFunction<UnansweredTaskSweep> pass)
			throws Exception {
		List<Callable<Integer>> passes = instances.stream()
			.map((instance) -> (Callable<Integer>) () -> pass.applyAsInt(instance))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(passes.size());
		int total = 0;
		try {
			for (Future<Integer> result : pool.invokeAll(passes)) {
				total += result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return total;
	}

	private static String newRequestId() {
		return UUID.randomUUID().toString();
	}

}
