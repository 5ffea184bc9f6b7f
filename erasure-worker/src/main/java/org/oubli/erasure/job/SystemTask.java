package org.oubli.erasure.job;

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
 * @param attempts how many times it was instructed (http calls, Kafka instructions)
 * @param lastError why the last attempt failed, without personal data
 * @param receipt its receipt, once {@link TaskStatus#DONE}
 * @param leaseUntil for a pending http task: when a dispatch counts as lost and the sweep
 * may send it again; absent otherwise
 * @param updatedAt when the task last changed
 */
public record SystemTask(String systemId, IntegrationMode mode, List<Identifier> identifiers, TaskStatus status,
		int attempts, String lastError, ErasureReceipt receipt, Instant leaseUntil, Instant updatedAt) {

	public boolean isPendingHttp() {
		return this.status == TaskStatus.PENDING && this.mode == IntegrationMode.HTTP;
	}

	/** Whether a pending http task's dispatch counts as lost at {@code now}. */
	public boolean isDueForDispatch(Instant now) {
		return isPendingHttp() && this.leaseUntil != null && !this.leaseUntil.isAfter(now);
	}

}
