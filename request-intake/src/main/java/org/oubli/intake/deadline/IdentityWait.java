package org.oubli.intake.deadline;

/** What a jurisdiction's clock does while the controller awaits proof of identity. */
public enum IdentityWait {

	/**
	 * Suspended, then resumed where it stood (EDPB 01/2022 §159): the days waited are
	 * added on, the count does not start again.
	 */
	PAUSE,
	/**
	 * Starts again at verification (UK GDPR Art. 12A: the "relevant time" is the latest
	 * of receipt and receipt of the identity information). Until then the due date counts
	 * from receipt, the earlier, safe date.
	 */
	RESTART,
	/**
	 * Keeps running (CCPA regulations §7021: "regardless of time required to verify").
	 */
	RUN

}
