package org.oubli.erasure.fanout;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.Receipts;
import org.oubli.erasure.connector.ConnectorOutcome;
import org.oubli.erasure.connector.ErasureConnector;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.JobsTestBed;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskStatus;
import org.oubli.testsupport.InMemoryMongo;

import org.springframework.core.task.SyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dispatcher records for each kind of http outcome, on the MongoDB wire server
 * with calls made on the test's thread: an open circuit breaker or a broken-off dispatch
 * counts as an attempt with its reason, and the task stays pending.
 */
class DispatcherTest {

	private static final String OPEN = "circuit breaker of payments is open";

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private JobsTestBed bed;

	@BeforeEach
	void setUp() {
		this.bed = new JobsTestBed(mongo.client());
	}

	@Test
	void anOpenCircuitCountsAsAnAttemptAndLeavesTheTaskPending() {
		String requestId = UUID.randomUUID().toString();
		ErasureJob job = this.bed.start(requestId);
		Dispatcher dispatcher = dispatcherAnswering(
				(instruction) -> "payments".equals(instruction.systemId()) ? new ConnectorOutcome.Unavailable(OPEN)
						: new ConnectorOutcome.Receipt(Receipts.honouring(instruction, this.bed.clock.instant()), 1));

		dispatcher.dispatchHttpSystems(job);
		this.bed.clock.advance(Duration.ofMinutes(2));
		dispatcher.submit(requestId, "payments");

		SystemTask payments = this.bed.task(requestId, "payments");
		assertThat(payments.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(payments.attempts()).isEqualTo(2);
		assertThat(payments.lastError()).isEqualTo(OPEN);
		assertThat(payments.updatedAt()).isEqualTo(JobsTestBed.T0.plus(Duration.ofMinutes(2)));
		assertThat(this.bed.task(requestId, "profiles").status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).isEmpty();
	}

	@Test
	void aDispatchThatBreaksOffCountsAsAnAttempt() {
		String requestId = UUID.randomUUID().toString();
		ErasureJob job = this.bed.start(requestId);
		Dispatcher dispatcher = dispatcherAnswering((instruction) -> {
			throw new IllegalStateException("connector bug");
		});

		dispatcher.dispatchHttpSystems(job);

		SystemTask profiles = this.bed.task(requestId, "profiles");
		assertThat(profiles.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(profiles.attempts()).isEqualTo(1);
		assertThat(profiles.lastError()).isEqualTo("dispatch broke off: IllegalStateException");
	}

	@Test
	void theAttemptsStaffSeeIncludeDispatchesTheOpenCircuitStopped() {
		String requestId = UUID.randomUUID().toString();
		ErasureJob job = this.bed.start(requestId);
		Deque<ConnectorOutcome> payments = new ArrayDeque<>(
				List.of(new ConnectorOutcome.Unavailable(OPEN), new ConnectorOutcome.Failure("HTTP 400", 3, false)));
		Dispatcher dispatcher = dispatcherAnswering(
				(instruction) -> "payments".equals(instruction.systemId()) ? payments.pop()
						: new ConnectorOutcome.Receipt(Receipts.honouring(instruction, this.bed.clock.instant()), 1));

		dispatcher.dispatchHttpSystems(job);
		dispatcher.submit(requestId, "payments");

		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.isEqualTo(new SystemErasureFailed(requestId, "payments", "HTTP 400", 4, JobsTestBed.T0));
		assertThat(this.bed.task(requestId, "payments").status()).isEqualTo(TaskStatus.FAILED);
	}

	private Dispatcher dispatcherAnswering(ErasureConnector connector) {
		return new Dispatcher(this.bed.jobs, connector, new SyncTaskExecutor(), new SimpleMeterRegistry());
	}

}
