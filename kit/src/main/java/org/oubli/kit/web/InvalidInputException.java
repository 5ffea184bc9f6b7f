package org.oubli.kit.web;

/**
 * A field failed a check that bean validation cannot express. Answered with 400 problem
 * details naming the field. The message must not echo the value.
 */
public class InvalidInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
