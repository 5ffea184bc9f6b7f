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
 * dispatch the open circuit breaker stopped), Kafka instructions (the first and every
 * chase)
 * @param lastError why the last attempt failed, without personal data
 * @param receipt its receipt, once {@link TaskStatus#DONE}
 * @param leaseUntil for a pending http task: when a dispatch counts as lost and the sweep
 * may send it again; absent otherwise
 * @param lastChasedAt for a Kafka task: when its instruction was last sent again; absent
 * until the first chase
 * @param chases how many times its instruction was sent again (0 in a job stored before
 * chases were counted)
 * @param updatedAt when the task last changed
 */
public record SystemTask(String systemId, IntegrationMode mode, List<Identifier> identifiers, TaskStatus status,
		int attempts, String lastError, ErasureReceipt receipt, Instant leaseUntil, Instant lastChasedAt,
		Integer chases, Instant updatedAt) {

	public SystemTask {
		chases = (chases != null) ? chases : 0;
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

	/** Whether a pending http task's dispatch counts as lost at {@code now}. */
	public boolean isDueForDispatch(Instant now) {
		return isPendingHttp() && this.leaseUntil != null && !this.leaseUntil.isAfter(now);
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
