package org.oubli.erasure.job;

/** A message names a request without an erasure job, or a system outside its plan. */
public class UnknownErasureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnknownErasureException(String message) {
		super(message);
	}

}
