package org.oubli.intake.cases;

/** Where a case stands. */
public enum CaseStatus {

	/** Received; the subject has not yet proved who they are. */
	AWAITING_VERIFICATION,
	/** Too many wrong codes; staff must review the request. */
	LOCKED,
	/** Identity proved; the request may be carried out. */
	VERIFIED,
	/** Systems are being asked to act. */
	IN_PROGRESS,
	/** Something failed that a person must look at. */
	NEEDS_ATTENTION,
	/** Done; the subject is told what was done. */
	COMPLETED

}
