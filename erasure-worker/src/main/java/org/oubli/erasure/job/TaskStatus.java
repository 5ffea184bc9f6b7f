package org.oubli.erasure.job;

/** Where one system of a job stands. */
public enum TaskStatus {

	/** Instructed (or about to be) and no receipt yet. */
	PENDING,
	/** Its receipt is recorded. */
	DONE,
	/**
	 * Given up on after retries, or answered with an unusable receipt; a person takes
	 * over.
	 */
	FAILED

}
