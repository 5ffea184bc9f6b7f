package org.oubli.erasure.fanout;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.erasure.connector.ConnectorOutcome;
import org.oubli.erasure.connector.ErasureConnector;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Calls http systems on a bounded pool of its own and records what they answered. When
 * the pool's queue is full, or the process dies before a call ends, the task stays
 * pending and the {@link LostDispatchSweep} sends it again once its lease has run out. A
 * failed round (errors, timeouts, bad receipts, an open circuit, a dispatch broken off)
 * counts its attempts, keeps its reason as the task's last error and schedules a durable
 * retry; the {@link UnansweredTaskSweep} hands a task still pending at its escalation
 * time (a margin before the case's due date) to a person.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final ErasureJobs jobs;

	private final ErasureConnector connector;

	private final TaskExecutor executor;

	private final MeterRegistry meters;

	Dispatcher(ErasureJobs jobs, ErasureConnector connector,
			@Qualifier(FanoutConfiguration.DISPATCH_EXECUTOR) TaskExecutor executor, MeterRegistry meters) {
		this.jobs = jobs;
		this.connector = connector;
		this.executor = executor;
		this.meters = meters;
	}

	/** Queues a call to every pending http system of a new job. */
	void dispatchHttpSystems(ErasureJob job) {
		job.pendingHttpTasks().forEach((task) -> submit(job.requestId(), task.systemId()));
	}

	/** Queues a call to one system; leaves it to the sweep if the queue is full. */
	void submit(String requestId, String systemId) {
		try {
			this.executor.execute(() -> dispatch(requestId, systemId));
		}
		catch (TaskRejectedException ex) {
			log.warn("Dispatch queue full: {} for request {} is left to the sweep", systemId, requestId);
		}
	}

	private void dispatch(String requestId, String systemId) {
		try {
			ErasureJob job = this.jobs.find(requestId).orElse(null);
			if (job == null || job.task(systemId).filter(SystemTask::isPendingHttp).isEmpty()) {
				return;
			}
			ErasureInstruction instruction = job.instructionFor(systemId);
			ConnectorOutcome outcome = this.connector.erase(instruction);
			record(requestId, systemId, outcome);
			this.meters.counter("oubli.erasure.dispatches", "system", systemId, "outcome", outcomeName(outcome))
				.increment();
		}
		catch (RuntimeException ex) {
			// the task stays pending: the sweep will try again
			String reason = "dispatch broke off: " + ex.getClass().getSimpleName();
			log.warn("Dispatch of {} for request {} broke off ({}); the sweep will retry", systemId, requestId,
					ex.getClass().getSimpleName());
			countUnanswered(requestId, systemId, reason);
		}
	}

	private void record(String requestId, String systemId, ConnectorOutcome outcome) {
		// Java 17: no pattern matching for switch yet
		if (outcome instanceof ConnectorOutcome.Receipt answer) {
			this.jobs.recordReceipt(requestId, answer.receipt(), answer.attempts(), null);
		}
		else if (outcome instanceof ConnectorOutcome.Failure failure) {
			this.jobs.recordFailure(requestId, systemId, failure.reason(), failure.attempts(), null,
					failure.retryable());
		}
		else if (outcome instanceof ConnectorOutcome.Unavailable unavailable) {
			log.info("{} unavailable for request {} ({}); the sweep will retry", systemId, requestId,
					unavailable.reason());
			this.jobs.recordFailure(requestId, systemId, unavailable.reason(), 1, null, true);
		}
	}

	/** Counts the attempt, if the job can be written at all; the sweep retries anyway. */
	private void countUnanswered(String requestId, String systemId, String reason) {
		try {
			this.jobs.recordFailure(requestId, systemId, reason, 1, null, true);
		}
		catch (RuntimeException ex) {
			log.warn("Could not count the broken dispatch of {} for request {} ({})", systemId, requestId,
					ex.getClass().getSimpleName());
		}
	}

	private static String outcomeName(ConnectorOutcome outcome) {
		if (outcome instanceof ConnectorOutcome.Receipt) {
			return "receipt";
		}
		return (outcome instanceof ConnectorOutcome.Failure) ? "failure" : "unavailable";
	}

}
