package org.oubli.notification.delivery;

/** Where one notice to one subject stands. */
enum DeliveryStatus {

	/** Claimed; being sent, or to be sent again after a failure. */
	SENDING,
	/** The SMTP server accepted it. */
	SENT,
	/**
	 * Given up after the last attempt; request-intake learns of it through
	 * {@code NoticeFailed}.
	 */
	FAILED

}
