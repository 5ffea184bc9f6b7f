package org.oubli.intake.deadletters;

/** Why a person sends a dead letter again to its source topic. */
public enum ReplayReason {

	/** The consumer that refused it was fixed. */
	CONSUMER_FIXED,
	/** It failed on an outage that is over. */
	TRANSIENT_FAILURE,
	/** It came before the record it depends on, which has arrived since. */
	ORDERING_RACE,
	/** None of the above (the case file says more). */
	OTHER,
	/** Replayed through the API without a reason code. */
	NOT_GIVEN

}
