package org.oubli.kit.web;

/**
 * An action the current state does not allow. Answered with 409 problem details; the
 * message names the state and must not hold personal data.
 */
public class ConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	public ConflictException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
