package org.oubli.erasure.connector;

import org.oubli.contracts.connector.ErasureReceipt;

/** What asking one http system to erase came to. */
public sealed interface ConnectorOutcome {

	/**
	 * The system answered with a valid receipt.
	 *
	 * @param receipt the receipt, checked against the instruction
	 * @param attempts calls made
	 */
	record Receipt(ErasureReceipt receipt, int attempts) implements ConnectorOutcome {
	}

	/**
	 * The system kept failing after the retries, refused the instruction, or answered
	 * with a malformed or contradictory receipt.
	 *
	 * @param reason why, without personal data
	 * @param attempts calls made
	 */
	record Failure(String reason, int attempts) implements ConnectorOutcome {
	}

	/**
	 * The system was not called because its circuit breaker is open; try again later.
	 *
	 * @param reason why
	 */
	record Unavailable(String reason) implements ConnectorOutcome {
	}

}
