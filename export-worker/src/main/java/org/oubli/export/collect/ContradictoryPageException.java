package org.oubli.export.collect;

/** A page that does not answer its query; retried like a transient fault. */
class ContradictoryPageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ContradictoryPageException(String reason) {
		super(reason);
	}

}
