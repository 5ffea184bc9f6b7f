package org.oubli.erasure.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.AnonymisationTechnique;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.ProcessorContact;

/**
 * The rules of a registered system, the same for the YAML seed and the admin API. Names
 * every bad field by its JSON path and never echoes a value.
 */
final class SystemValidator {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_TEXT = 2000;

	private final List<SystemProblem> problems = new ArrayList<>();

	private SystemValidator() {
	}

	/** Every problem of a draft; empty if it can be stored. */
	static List<SystemProblem> problemsOf(SystemDraft draft) {
		SystemValidator validator = new SystemValidator();
		if (draft == null) {
			validator.add("body", "a system is required");
		}
		else {
			validator.check(draft);
		}
		return validator.problems;
	}

	private void check(SystemDraft draft) {
		if (draft.id() == null || !ID.matcher(draft.id()).matches()) {
			add("id", "must be 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit");
		}
		text("displayName", draft.displayName());
		text("owner", draft.owner());
		if (draft.mode() == null) {
			add("mode", "is missing (HTTP, KAFKA, MANUAL or PROCESSOR_EMAIL)");
		}
		checkBaseUrl(draft.mode(), draft.baseUrl());
		checkProcessor(draft.mode(), draft.processor());
		checkIdentifiers(draft.identifiers());
		checkCategories(draft.categories());
	}

	private void checkBaseUrl(IntegrationMode mode, String baseUrl) {
		boolean given = baseUrl != null && !baseUrl.isBlank();
		if (mode == IntegrationMode.HTTP) {
			if (!given) {
				add("baseUrl", "is missing (required for mode HTTP)");
			}
			else if (!isHttpUrl(baseUrl)) {
				add("baseUrl", "must be an absolute http(s) URL with a host");
			}
		}
		else if (mode != null && given) {
			add("baseUrl", "only applies to mode HTTP");
		}
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI url = new URI(value);
			return url.isAbsolute() && url.getHost() != null
					&& ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private void checkProcessor(IntegrationMode mode, ProcessorContact processor) {
		if (mode == IntegrationMode.PROCESSOR_EMAIL) {
			if (processor == null) {
				add("processor", "is missing (required for mode PROCESSOR_EMAIL)");
				return;
			}
			text("processor.organisation", processor.organisation());
			if (processor.privacyEmail() == null || !EMAIL.matcher(processor.privacyEmail()).matches()) {
				add("processor.privacyEmail", "must be an email address");
			}
		}
		else if (mode != null && processor != null) {
			add("processor", "only applies to mode PROCESSOR_EMAIL");
		}
	}

	private void checkIdentifiers(List<String> identifiers) {
		if (identifiers == null || identifiers.isEmpty()) {
			add("identifiers", "must list at least one of email, account-id");
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < identifiers.size(); i++) {
			String identifier = identifiers.get(i);
			if (Identifier.ofWireName(identifier).isEmpty()) {
				add("identifiers[" + i + "]", "unknown identifier; known: email, account-id");
			}
			else if (!seen.add(identifier)) {
				add("identifiers[" + i + "]", "listed twice");
			}
		}
	}

	private void checkCategories(List<CategoryDraft> categories) {
		if (categories == null || categories.isEmpty()) {
			add("categories", "must list at least one category");
			return;
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			String at = "categories[" + i + "]";
			CategoryDraft category = categories.get(i);
			if (category == null) {
				add(at, "must not be null");
				continue;
			}
			if (category.name() == null || !ID.matcher(category.name()).matches()) {
				add(at + ".name", "must be 1 to 63 lower-case letters, digits and dashes");
			}
			else if (!names.add(category.name())) {
				add(at + ".name", "another category has this name");
			}
			localized(at + ".purpose", category.purpose());
			localized(at + ".retention", category.retention());
			localized(at + ".source", category.source());
			checkRecipients(at, category.recipients());
			checkAction(at, category);
		}
	}

	private void checkRecipients(String at, List<String> recipients) {
		if (recipients == null) {
			return;
		}
		for (int j = 0; j < recipients.size(); j++) {
			text(at + ".recipients[" + j + "]", recipients.get(j));
		}
	}

	private void checkAction(String at, CategoryDraft category) {
		ErasureAction action = category.action();
		if (action == null) {
			add(at + ".action", "is missing (ERASE, ANONYMISE or RETAIN)");
			return;
		}
		if (action == ErasureAction.ANONYMISE) {
			if (category.technique() == null || category.technique().isBlank()) {
				add(at + ".technique", "is missing (required to ANONYMISE)");
			}
			else if (AnonymisationTechnique.ofWireName(category.technique()).isEmpty()) {
				add(at + ".technique", "unknown technique; known: placeholder, keyed-hash, generalise, ip-truncation");
			}
		}
		else if (category.technique() != null) {
			add(at + ".technique", "only applies to ANONYMISE");
		}
		if (action == ErasureAction.RETAIN) {
			if (category.legalBasis() == null || category.legalBasis().isBlank()) {
				add(at + ".legalBasis", "is missing (required to RETAIN)");
			}
			if (category.retainFor() == null) {
				add(at + ".retainFor", "is missing (required to RETAIN, an ISO 8601 period such as P10Y)");
			}
			else if (category.retainFor().isNegative() || category.retainFor().isZero()) {
				add(at + ".retainFor", "must be a positive period");
			}
		}
		else {
			if (category.legalBasis() != null) {
				add(at + ".legalBasis", "only applies to RETAIN");
			}
			if (category.retainFor() != null) {
				add(at + ".retainFor", "only applies to RETAIN");
			}
		}
	}

	private void localized(String field, TextDraft text) {
		if (text == null) {
			add(field, "is missing (en and fr)");
			return;
		}
		text(field + ".en", text.en());
		text(field + ".fr", text.fr());
	}

	private void text(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "is missing");
		}
		else if (value.length() > MAX_TEXT) {
			add(field, "is longer than " + MAX_TEXT + " characters");
		}
	}

	private void add(String field, String message) {
		this.problems.add(new SystemProblem(field, message));
	}

}
