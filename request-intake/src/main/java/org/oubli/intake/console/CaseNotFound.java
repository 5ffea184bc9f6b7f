package org.oubli.intake.console;

/**
 * A console page about a case that does not exist (or a malformed reference): 404 page.
 */
final class CaseNotFound extends RuntimeException {

	CaseNotFound() {
		super("No case has this reference", null, false, false);
	}

}
