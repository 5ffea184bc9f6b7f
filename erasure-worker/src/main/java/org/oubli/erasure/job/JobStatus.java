package org.oubli.erasure.job;

/** Where a whole job stands. */
public enum JobStatus {

	/** Some system has not sent its receipt yet. */
	IN_PROGRESS,
	/**
	 * Every system sent its receipt; the http systems are being asked what they still
	 * hold before the job completes.
	 */
	VERIFYING,
	/**
	 * Every system of the plan sent its receipt; {@code ErasureCompleted} was emitted.
	 */
	COMPLETED,
	/**
	 * The request was cancelled or refused (request-intake's {@code RequestClosed})
	 * before every system was done: the open tasks are {@link TaskStatus#CANCELLED},
	 * nothing is sent, chased or escalated any more.
	 */
	CANCELLED

}
