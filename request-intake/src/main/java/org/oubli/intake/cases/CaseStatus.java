package org.oubli.intake.cases;

import java.util.EnumSet;
import java.util.Set;

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
	/**
	 * Identity proved for a request type no worker carries out (rectification,
	 * restriction, objection): a staff task, still under the deadline, until staff close
	 * it.
	 */
	AWAITING_STAFF,
	/** Done; the subject is told what was done. */
	COMPLETED,
	/**
	 * Ended without the automated path: unverified, refused, cancelled or carried out by
	 * staff (see the case's closure).
	 */
	CLOSED,
	/**
	 * A repeat of a request still open for the same subject and type: linked to it,
	 * nothing started again.
	 */
	LINKED;

	private static final Set<CaseStatus> TERMINAL = EnumSet.of(COMPLETED, CLOSED, LINKED);

	/** Whether the case has ended: its clock stopped, its open-case key released. */
	public boolean isTerminal() {
		return TERMINAL.contains(this);
	}

}
