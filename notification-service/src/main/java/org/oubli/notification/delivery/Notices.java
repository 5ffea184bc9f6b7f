package org.oubli.notification.delivery;

/**
 * The names of the notices, as {@code NoticeSent} and {@code NoticeFailed} carry them.
 */
final class Notices {

	static final String VERIFICATION_CODE = "verification-code";

	static final String ERASURE_COMPLETED = "erasure-completed";

	/** To the staff mailbox: a request needs a person. */
	static final String STAFF_ALERT = "staff-alert";

	private Notices() {
	}

}
