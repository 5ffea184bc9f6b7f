package org.oubli.erasure.registry;

import org.oubli.contracts.registry.LocalizedText;

/**
 * A text for data subjects as submitted, in English and French; checked before it becomes
 * a {@link LocalizedText}.
 *
 * @param en the English text
 * @param fr the French text
 */
public record TextDraft(String en, String fr) {

	LocalizedText toText() {
		return new LocalizedText(this.en, this.fr);
	}

	static TextDraft of(LocalizedText text) {
		return (text != null) ? new TextDraft(text.en(), text.fr()) : null;
	}

}
