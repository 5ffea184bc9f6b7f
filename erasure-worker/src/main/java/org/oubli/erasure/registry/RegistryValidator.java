package org.oubli.erasure.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.oubli.contracts.connector.ErasureAction;

/**
 * Checks a configured registry and names each bad entry by its property path and id, so a
 * typo stops the service at startup rather than an erasure at run time.
 */
final class RegistryValidator {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private final List<String> problems = new ArrayList<>();

	private RegistryValidator() {
	}

	static List<String> problemsOf(List<RegisteredSystem> systems, Map<String, URI> baseUrls) {
		RegistryValidator validator = new RegistryValidator();
		validator.check(systems, baseUrls);
		return validator.problems;
	}

	private void check(List<RegisteredSystem> systems, Map<String, URI> baseUrls) {
		if (systems.isEmpty()) {
			this.problems.add("no system is registered");
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < systems.size(); i++) {
			RegisteredSystem system = systems.get(i);
			String where = "systems[" + i + "]" + ((system.id() != null) ? " (" + system.id() + ")" : "");
			checkSystem(where, system);
			if (system.id() != null && !ids.add(system.id())) {
				this.problems.add(where + ": id '" + system.id() + "' is used twice");
			}
		}
		baseUrls.forEach((id, url) -> {
			RegisteredSystem system = systems.stream().filter((s) -> id.equals(s.id())).findFirst().orElse(null);
			if (system == null) {
				this.problems.add("base-urls." + id + ": no system has the id '" + id + "'");
			}
			else if (system.mode() != IntegrationMode.HTTP) {
				this.problems.add("base-urls." + id + ": system '" + id + "' is not reached over http");
			}
		});
	}

	private void checkSystem(String where, RegisteredSystem system) {
		if (system.id() == null || !ID.matcher(system.id()).matches()) {
			this.problems.add(where + ": id must be lower-case letters, digits and dashes");
		}
		require(where, "display-name", system.displayName());
		require(where, "owner", system.owner());
		if (system.mode() == null) {
			this.problems.add(where + ": mode is missing (http, kafka, manual or processor-email)");
		}
		else if (system.mode() == IntegrationMode.HTTP) {
			checkBaseUrl(where, system.baseUrl());
		}
		else if (system.mode() == IntegrationMode.PROCESSOR_EMAIL) {
			checkProcessor(where, system.processor());
		}
		if (system.identifiers() == null || system.identifiers().isEmpty()) {
			this.problems.add(where + ": identifiers is empty (email, account-id)");
		}
		if (system.categories() == null || system.categories().isEmpty()) {
			this.problems.add(where + ": categories is empty");
			return;
		}
		Set<String> names = new HashSet<>();
		for (int j = 0; j < system.categories().size(); j++) {
			CategoryPolicy category = system.categories().get(j);
			String at = where + ".categories[" + j + "]"
					+ ((category.name() != null) ? " (" + category.name() + ")" : "");
			checkCategory(at, category);
			if (category.name() != null && !names.add(category.name())) {
				this.problems.add(at + ": category '" + category.name() + "' is listed twice");
			}
		}
	}

	private void checkProcessor(String where, org.oubli.contracts.registry.ProcessorContact processor) {
		if (processor == null || processor.privacyEmail() == null || !processor.privacyEmail().contains("@")) {
			this.problems.add(where + ": processor.privacy-email is missing (required for mode processor-email)");
		}
		if (processor != null) {
			require(where, "processor.organisation", processor.organisation());
		}
	}

	private void checkBaseUrl(String where, URI url) {
		if (url == null) {
			this.problems.add(where + ": base-url is missing (required for mode http)");
		}
		else if (!url.isAbsolute() || url.getHost() == null
				|| !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
			this.problems.add(where + ": base-url must be an absolute http(s) URL");
		}
	}

	private void checkCategory(String at, CategoryPolicy category) {
		require(at, "name", category.name());
		if (category.action() == null) {
			this.problems.add(at + ": action is missing (ERASE, ANONYMISE or RETAIN)");
			return;
		}
		boolean anonymise = category.action() == ErasureAction.ANONYMISE;
		boolean retain = category.action() == ErasureAction.RETAIN;
		if (anonymise) {
			require(at, "technique", category.technique());
		}
		else if (category.technique() != null) {
			this.problems.add(at + ": technique only applies to ANONYMISE");
		}
		if (retain) {
			require(at, "legal-basis", category.legalBasis());
			if (category.retention() == null || category.retention().isNegative() || category.retention().isZero()) {
				this.problems.add(at + ": retention must be a positive ISO 8601 period (P10Y)");
			}
		}
		else if (category.legalBasis() != null || category.retention() != null) {
			this.problems.add(at + ": legal-basis and retention only apply to RETAIN");
		}
	}

	private void require(String where, String field, String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(where + ": " + field + " is missing");
		}
	}

}
