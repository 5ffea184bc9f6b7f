package org.oubli.kit.events;

/**
 * A message that can never be processed, however often it is retried. Goes straight to
 * the dead-letter topic. Its message never contains the message content.
 */
public class PoisonMessageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PoisonMessageException(String message) {
		super(message);
	}

}
