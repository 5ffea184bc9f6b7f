package org.oubli.contracts.registry;

/** How Oubli reaches a data-holding system. */
public enum IntegrationMode {

	/** Oubli calls the system's DSAR endpoints (connector-v1.yaml). */
	HTTP,
	/**
	 * The system reads {@code oubli.erasure.requests} and answers on
	 * {@code oubli.erasure.receipts}.
	 */
	KAFKA,
	/** No API: staff carry out the task and record the evidence. */
	MANUAL,
	/**
	 * A third-party processor: its privacy contact is emailed (GDPR Art. 19), staff
	 * record its confirmation.
	 */
	PROCESSOR_EMAIL

}
