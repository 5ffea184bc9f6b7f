package org.oubli.intake.deadletters;

/** Why a person sets a dead letter aside without replaying it. */
public enum DiscardReason {

	/** What it asked for was done by other means (by hand, by a later event). */
	HANDLED_OTHERWISE,
	/** The same event was delivered and handled already. */
	DUPLICATE,
	/** Too late to matter: the case has moved on or ended. */
	OBSOLETE,
	/** It can never be read (not an Oubli event, corrupt). */
	UNREADABLE,
	/** It was a test message. */
	TEST_MESSAGE,
	/** None of the above (the case file says more). */
	OTHER

}
