package org.oubli.export.registry;

/** The registry could not be read to its end; the export must wait or go to a person. */
public class RegistryUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RegistryUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
