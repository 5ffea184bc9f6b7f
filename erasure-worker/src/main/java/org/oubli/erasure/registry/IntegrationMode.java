package org.oubli.erasure.registry;

import java.util.Locale;

/**
 * How Oubli reaches a data-holding system, as the job records it. Mirrors
 * {@link org.oubli.contracts.registry.IntegrationMode}, value for value.
 */
public enum IntegrationMode {

	/** Oubli calls the system's connector API ({@code POST /dsar/v1/erasures}). */
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
	PROCESSOR_EMAIL;

	/**
	 * The name used in plans and events ({@code http}, {@code kafka}, {@code manual},
	 * {@code processor-email}).
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The mode of a registry descriptor. */
	public static IntegrationMode of(org.oubli.contracts.registry.IntegrationMode mode) {
		return valueOf(mode.name());
	}

	/** The same mode in the contracts' registry vocabulary. */
	public org.oubli.contracts.registry.IntegrationMode toContract() {
		return org.oubli.contracts.registry.IntegrationMode.valueOf(name());
	}

}
