package org.oubli.intake.mail;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case references (request ids) a message carries: in its subject ("Re: [Oubli
 * 6f1c…]") first, then in its body, quoted history included (the acknowledgement it
 * answers holds the reference).
 */
final class CaseReference {

	private static final Pattern UUID_TEXT = Pattern
		.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

	private static final int MAX_CANDIDATES = 5;

	private CaseReference() {
	}

	static Set<String> candidates(String subject, String body) {
		Set<String> found = new LinkedHashSet<>();
		collect(subject, found);
		collect(body, found);
		return found;
	}

	private static void collect(String text, Set<String> found) {
		if (text == null) {
			return;
		}
		Matcher matcher = UUID_TEXT.matcher(text);
		while (matcher.find() && found.size() < MAX_CANDIDATES) {
			found.add(UUID.fromString(matcher.group()).toString().toLowerCase(Locale.ROOT));
		}
	}

}
