package org.oubli.demo.connector;

/** The HTTP headers of Oubli's connector ({@code connector-v1.yaml}). */
public final class ConnectorHeaders {

	/**
	 * Carries the instruction's idempotency key beside the body of
	 * {@code POST /dsar/v1/erasures}; it must be the same as the body's.
	 */
	public static final String IDEMPOTENCY_KEY = org.oubli.contracts.connector.ConnectorHeaders.IDEMPOTENCY_KEY;

	private ConnectorHeaders() {
	}

}
