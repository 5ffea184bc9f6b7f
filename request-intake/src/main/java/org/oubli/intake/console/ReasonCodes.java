package org.oubli.intake.console;

import java.util.List;
import java.util.Map;

/**
 * The reason codes staff choose from, per action: what goes on the audit trail (with the
 * SHA-256 of any free text, never the text). Their labels are in the console's bundles
 * ({@code console.reason.<code>}).
 */
final class ReasonCodes {

	static final Map<String, List<String>> BY_ACTION = Map.of(
			// why the subject's address and account are shown
			"reveal", List.of("contact-subject", "verify-identity", "search-systems", "legal-request"),
			// GDPR Art. 12(3): complexity and number of requests
			"extend", List.of("complexity", "number-of-requests", "third-party-delay"), "approve",
			List.of("carried-out", "identity-confirmed", "mandate-verified"), "deny",
			List.of("manifestly-unfounded", "excessive", "identity-not-proven", "exemption-applies",
					"rights-of-others"),
			"cancel", List.of("withdrawn-by-subject", "duplicate-request", "sent-by-mistake"), "retry",
			List.of("transient-failure", "system-fixed", "configuration-corrected"), "complete",
			List.of("done-by-hand", "processor-confirmed", "system-confirmed"));

	private ReasonCodes() {
	}

	static boolean valid(String action, String code) {
		return code != null && BY_ACTION.getOrDefault(action, List.of()).contains(code);
	}

}
