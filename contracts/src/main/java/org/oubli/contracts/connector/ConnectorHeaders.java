package org.oubli.contracts.connector;

/** HTTP headers of the connector API ({@code openapi/connector-v1.yaml}). */
public final class ConnectorHeaders {

	/**
	 * The instruction's idempotency key (request id + system id + action); a repeat with
	 * the same key must have no further effect.
	 */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private ConnectorHeaders() {
	}

}
