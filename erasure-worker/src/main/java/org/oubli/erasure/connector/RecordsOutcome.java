package org.oubli.erasure.connector;

import org.oubli.contracts.connector.RecordsPage;

/** What asking one http system for a subject's records came to. */
public sealed interface RecordsOutcome {

	/**
	 * The system answered.
	 *
	 * @param page the page (only its size and cursor are kept)
	 */
	record Page(RecordsPage page) implements RecordsOutcome {
	}

	/**
	 * The system has no records endpoint (404, 405, 501): it cannot be verified.
	 *
	 * @param reason what it answered
	 */
	record NotSupported(String reason) implements RecordsOutcome {
	}

	/**
	 * The call failed (after the retries), or the answer was unusable.
	 *
	 * @param reason why, without personal data
	 */
	record Failed(String reason) implements RecordsOutcome {
	}

}
