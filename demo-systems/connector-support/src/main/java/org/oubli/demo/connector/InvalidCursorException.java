package org.oubli.demo.connector;

import org.oubli.kit.web.InvalidInputException;

/** A cursor this system did not hand out. Answered with 400, without echoing it. */
public class InvalidCursorException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	public InvalidCursorException() {
		super("cursor", "not a cursor this system handed out");
	}

}
