package org.oubli.intake.mail;

/** What became of one message. */
public enum MailOutcome {

	/** Classified with confidence: one request per type. */
	REQUESTS,

	/** A reply carrying a case reference: noted on the case's timeline. */
	REPLY,

	/** Readable but not placed with confidence, or not a request: for a person. */
	TRIAGE,

	/**
	 * Not readable (empty, no text, malformed, too large, no sender): kept for a person.
	 */
	UNPROCESSABLE,

	/** Handled before (same Message-ID and sender, or same bytes). */
	DUPLICATE

}
