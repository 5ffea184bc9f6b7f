package org.oubli.erasure.connector;

/**
 * A system answered with a body larger than
 * {@code oubli.erasure.connector.max-answer-size}: it is not read, and the round counts
 * as failed (retried, like any malformed answer).
 */
class OversizedAnswerException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	OversizedAnswerException(int limit) {
		super("answer larger than " + limit + " bytes");
	}

}
