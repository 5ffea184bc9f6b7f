package org.oubli.erasure.job;

/** What recording a receipt did. */
public enum ReceiptRecording {

	/** The system is done; others are still open. */
	RECORDED,
	/** The system is done and so is the whole job: {@code ErasureCompleted} went out. */
	COMPLETED,
	/**
	 * The system is done and so are all others: post-erasure verification runs before the
	 * job completes.
	 */
	VERIFICATION_DUE,
	/** The system was done already (or the event was processed): nothing changed. */
	DUPLICATE

}
