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
	 * @param retryable {@code false} when the system refused the instruction (a 4xx other
	 * than 408 and 429): asking again gets the same answer, a person must act
	 */
	record Failure(String reason, int attempts, boolean retryable) implements ConnectorOutcome {
	}

	/**
	 * The system was not called: its circuit breaker is open, its bulkhead full or its
	 * rate limit reached; try again later.
	 *
	 * @param reason why
	 */
	record Unavailable(String reason) implements ConnectorOutcome {
	}

}
