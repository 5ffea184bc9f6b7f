package org.oubli.erasure.registry;

import java.util.List;

/** The configured registry seed is unusable; the message names every bad entry. */
public class InvalidRegistryException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	InvalidRegistryException(List<String> problems) {
		super("Invalid erasure registry (oubli.erasure.systems):" + System.lineSeparator() + "  - "
				+ String.join(System.lineSeparator() + "  - ", problems));
	}

}
