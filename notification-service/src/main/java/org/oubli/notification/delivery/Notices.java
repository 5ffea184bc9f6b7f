package org.oubli.notification.delivery;

/**
 * The names of the notices, as {@code NoticeSent} and {@code NoticeFailed} carry them.
 */
final class Notices {

	static final String VERIFICATION_CODE = "verification-code";

	static final String ERASURE_COMPLETED = "erasure-completed";

	// case notices (issue 3)

	static final String ACKNOWLEDGEMENT = "acknowledgement";

	static final String VERIFICATION_REMINDER = "verification-reminder";

	static final String DEADLINE_EXTENDED = "deadline-extended";

	static final String REQUEST_REFUSED = "request-refused";

	static final String REQUEST_CLOSED = "request-closed";

	static final String REQUEST_LINKED = "request-linked";

	/** To the staff mailbox: a request needs a person. */
	static final String STAFF_ALERT = "staff-alert";

	private Notices() {
	}

}
