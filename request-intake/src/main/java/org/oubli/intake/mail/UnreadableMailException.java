package org.oubli.intake.mail;

/**
 * A message that cannot be read as MIME, or holds nothing to read. The message says why
 * in plain English and never quotes the mail.
 */
class UnreadableMailException extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableMailException(String reason) {
		super(reason);
	}

	UnreadableMailException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
