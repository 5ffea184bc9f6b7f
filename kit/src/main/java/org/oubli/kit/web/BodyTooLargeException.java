package org.oubli.kit.web;

import java.io.IOException;

/** A request body went past the configured limit while it was being read. */
public class BodyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	public BodyTooLargeException(long limit) {
		super("Request body is larger than " + limit + " bytes");
	}

}
