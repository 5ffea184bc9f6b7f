package org.oubli.notification.delivery;

/**
 * A notice could not be sent this time. Thrown so that the kit's error handler delivers
 * the event again, and dead-letters it after the last attempt. Carries no cause: the mail
 * errors' messages may name the address.
 */
class NoticeNotSentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	NoticeNotSentException(String requestId, String notice, String error, int attempts) {
		super("Notice " + notice + " of request " + requestId + " not sent (" + error + "), attempt " + attempts);
	}

}
