package org.oubli.erasure.registry;

import java.util.Locale;

/** How Oubli reaches a data-holding system. */
public enum IntegrationMode {

	/** Oubli calls the system's connector API ({@code POST /dsar/v1/erasures}). */
	HTTP,
	/**
	 * The system reads {@code oubli.erasure.requests} and answers on
	 * {@code oubli.erasure.receipts}.
	 */
	KAFKA;

	/** The name used in plans and events ({@code http}, {@code kafka}). */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
