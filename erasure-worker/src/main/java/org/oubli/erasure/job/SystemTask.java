package org.oubli.erasure.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.erasure.registry.Identifier;
import org.oubli.erasure.registry.IntegrationMode;

/**
 * The state of one system within a job. Holds no personal data.
 *
 * @param systemId the system
 * @param mode how it is reached
 * @param identifiers the identifiers it is given
 * @param status where it stands
 * @param attempts how many times it was instructed: http dispatches (each call, and a
 * dispatch the open circuit breaker, full bulkhead or rate limiter stopped), Kafka
 * instructions (the first and every chase), processor emails
 * @param lastError why the last attempt failed, without personal data
 * @param receipt its receipt, once {@link TaskStatus#DONE}
 * @param nextAttemptAt for a pending http task: when the sweep dispatches it (again): the
 * lease of a dispatch in flight, or the time of a durable retry after a failure; absent
 * otherwise
 * @param lastChasedAt for a Kafka task: when its instruction was last sent again; absent
 * until the first chase
 * @param chases how many times its instruction was sent again (0 in a job stored before
 * chases were counted)
 * @param updatedAt when the task last changed
 * @param escalateAt a task still pending then fails with {@code SystemErasureFailed} and
 * a person takes over: the margin before the case's due date (or a staff retry's window);
 * absent in jobs stored before it existed (the job's fallback applies)
 * @param failures failed rounds since the task was (re)opened; drives the backoff
 * @param evidence for a task completed by staff: what they recorded (a ticket, the
 * processor's confirmation reference); never the subject's data
 * @param recordedBy the staff account that recorded a completion or asked a retry
 * @param verification what post-erasure verification found, once done
 */
public record SystemTask(String systemId, IntegrationMode mode, List<Identifier> identifiers, TaskStatus status,
		int attempts, String lastError, ErasureReceipt receipt, Instant nextAttemptAt, Instant lastChasedAt,
		Integer chases, Instant updatedAt, Instant escalateAt, Integer failures, String evidence, String recordedBy,
		TaskVerification verification) {

	public SystemTask {
		chases = (chases != null) ? chases : 0;
		failures = (failures != null) ? failures : 0;
	}

	public boolean isPending() {
		return this.status == TaskStatus.PENDING;
	}

	public boolean isPendingHttp() {
		return isPending() && this.mode == IntegrationMode.HTTP;
	}

	public boolean isPendingKafka() {
		return isPending() && this.mode == IntegrationMode.KAFKA;
	}

	/** Whether the task waits for staff (manual systems, processors). */
	public boolean isStaffTask() {
		return this.mode == IntegrationMode.MANUAL || this.mode == IntegrationMode.PROCESSOR_EMAIL;
	}

	/** Whether a pending http task is to be dispatched (again) at {@code now}. */
	public boolean isDueForDispatch(Instant now) {
		return isPendingHttp() && this.nextAttemptAt != null && !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * Whether a pending Kafka task is to be chased at {@code now}: {@code chaseAfter} has
	 * passed since it was last chased, or since its job started if it never was.
	 */
	boolean isDueForChase(Instant jobStartedAt, Instant now, Duration chaseAfter) {
		Instant lastInstructed = (this.lastChasedAt != null) ? this.lastChasedAt : jobStartedAt;
		return isPendingKafka() && !lastInstructed.plus(chaseAfter).isAfter(now);
	}

}
