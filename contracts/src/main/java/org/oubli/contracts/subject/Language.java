package org.oubli.contracts.subject;

import java.util.Locale;

/** The languages Oubli speaks to subjects in. */
public enum Language {

	FR, EN;

	public Locale locale() {
		return this == FR ? Locale.FRENCH : Locale.ENGLISH;
	}

}
