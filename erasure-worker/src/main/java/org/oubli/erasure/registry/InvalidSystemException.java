package org.oubli.erasure.registry;

import java.util.List;

/** A submitted system is not valid; nothing was stored. Lists every problem. */
public class InvalidSystemException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<SystemProblem> problems;

	InvalidSystemException(List<SystemProblem> problems) {
		super("Invalid system: " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<SystemProblem> problems() {
		return this.problems;
	}

}
