package org.oubli.erasure.connector;

import org.oubli.contracts.connector.ErasureInstruction;

/** Asks one http data-holding system to carry out an erasure instruction. */
public interface ErasureConnector {

	/**
	 * Sends the instruction, retrying as configured for the system; never throws.
	 * @param instruction what to do, with its idempotency key
	 * @return the receipt, a failure with its reason, or unavailability
	 */
	ConnectorOutcome erase(ErasureInstruction instruction);

}
