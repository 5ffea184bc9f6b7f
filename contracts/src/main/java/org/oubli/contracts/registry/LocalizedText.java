package org.oubli.contracts.registry;

import java.util.Objects;

import org.oubli.contracts.subject.Language;

/**
 * A text shown to data subjects, in English and French.
 *
 * @param en the English text
 * @param fr the French text
 */
public record LocalizedText(String en, String fr) {

	public LocalizedText {
		Objects.requireNonNull(en, "en");
		Objects.requireNonNull(fr, "fr");
	}

	public String in(Language language) {
		return (language == Language.FR) ? this.fr : this.en;
	}

}
