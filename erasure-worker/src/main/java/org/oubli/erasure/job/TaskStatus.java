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
	FAILED,
	/**
	 * The request was cancelled or refused before this system was done: no more attempts,
	 * chases or escalation.
	 */
	CANCELLED

}
