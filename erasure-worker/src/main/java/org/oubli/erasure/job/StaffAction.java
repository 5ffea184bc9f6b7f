package org.oubli.erasure.job;

/** What a staff action on a task came to. */
public enum StaffAction {

	/** Done as asked. */
	APPLIED,
	/** The task is done already: nothing to retry or record. */
	ALREADY_DONE,
	/**
	 * The system answers for itself and is still being worked on (a pending http or Kafka
	 * task): staff may record an outcome only for a manual or processor system, or once
	 * the task failed.
	 */
	NOT_STAFF_TASK,
	/** The job is being verified: wait for its result. */
	VERIFYING,
	/** The request was cancelled or refused: its erasure stopped. */
	CANCELLED

}
