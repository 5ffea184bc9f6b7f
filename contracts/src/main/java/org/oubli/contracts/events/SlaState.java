package org.oubli.contracts.events;

/**
 * Where an open case stands against its statutory due date (request-intake's SLA
 * watchdog).
 */
public enum SlaState {

	/** More than the at-risk margin left before the due date. */
	ON_TRACK,
	/** Within the at-risk margin before the due date (default: 7 days left or less). */
	AT_RISK,
	/** The due date has passed and the case is not closed. */
	OVERDUE,
	/** The statutory clock is stopped (e.g. awaiting the subject's clarification). */
	PAUSED

}
