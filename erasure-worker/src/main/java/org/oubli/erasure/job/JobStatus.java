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
	COMPLETED

}
