package org.oubli.intake.deadline;

/** Whether a case's statutory clock is counting. */
public enum ClockState {

	/** Counting towards the due date. */
	RUNNING,
	/** Suspended while the subject's identity is awaited; the days are added on. */
	PAUSED,
	/**
	 * Identity awaited where the clock restarts at verification; the due date shown
	 * counts from receipt until then.
	 */
	AWAITING_START,
	/** The case ended; the due date no longer moves. */
	STOPPED

}
