package org.oubli.intake.cases;

/** How far one data-holding system is with a request. */
public enum SystemState {

	/** Asked, no answer yet. */
	PENDING,
	/** Answered with its receipt. */
	DONE,
	/** Gave up after retries; a person must take over. */
	FAILED

}
