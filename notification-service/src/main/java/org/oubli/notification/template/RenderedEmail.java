package org.oubli.notification.template;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.Language;

/**
 * An email ready to send: subject line, plain text and HTML alternatives. The body may
 * hold a one-time code, so {@link #toString()} shows neither body.
 *
 * @param languages the languages it is written in, in their order in the email
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record RenderedEmail(List<Language> languages, String subject, @PersonalData String text,
		@PersonalData String html) {

	public RenderedEmail {
		if (languages == null || languages.isEmpty()) {
			throw new IllegalArgumentException("An email is written in at least one language");
		}
		languages = List.copyOf(languages);
	}

	/** An email in one language. */
	public RenderedEmail(Language language, String subject, String text, String html) {
		this(List.of(language), subject, text, html);
	}

	/** The (first) language it is written in. */
	public Language language() {
		return this.languages.get(0);
	}

	/** The {@code Content-Language} header: {@code fr}, or {@code fr, en}. */
	public String contentLanguage() {
		return this.languages.stream()
			.map((language) -> language.locale().getLanguage().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return "RenderedEmail[" + this.languages + ", " + this.subject + "]";
	}

}
