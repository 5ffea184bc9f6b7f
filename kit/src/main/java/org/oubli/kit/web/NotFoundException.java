package org.oubli.kit.web;

/** Something addressed by id does not exist. Answered with 404 problem details. */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String what, String id) {
		super(what + " " + id + " does not exist");
	}

}
