package org.oubli.notification.template;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.oubli.contracts.subject.Language;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words and formats of one language: subject lines, data category and technique names
 * (the raw name when no translation is known), dates and times.
 */
final class Vocabulary {

	private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final Language language;

	private final Locale locale;

	Vocabulary(Language language) {
		this.language = language;
		this.locale = language.locale();
		this.messages.setBasename("notification/vocabulary");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	String word(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/** "demande d’effacement de vos données", "request to erase your data". */
	String requestName(org.oubli.contracts.RequestType type) {
		return word("request." + ((type != null) ? type.name() : "unspecified"));
	}

	String category(String category) {
		return this.messages.getMessage("category." + category, null, category, this.locale);
	}

	String technique(String technique) {
		if (technique == null) {
			return word("technique.unspecified");
		}
		return this.messages.getMessage("technique." + technique, null, technique, this.locale);
	}

	/** "1er novembre 2036", "22 novembre 2036", "22 November 2036". */
	String date(LocalDate date) {
		if (date == null) {
			return word("date.unspecified");
		}
		if (this.language == Language.FR && date.getDayOfMonth() == 1) {
			return "1er " + DateTimeFormatter.ofPattern("MMMM uuuu", this.locale).format(date);
		}
		return DateTimeFormatter.ofPattern("d MMMM uuuu", this.locale).format(date);
	}

	/** "22 novembre 2026 à 14 h 35 (heure d’Europe centrale)". */
	String dateTime(ZonedDateTime at) {
		String time = ((this.language == Language.FR) ? FRENCH_TIME : ENGLISH_TIME).format(at);
		String zone = at.getZone().getDisplayName(TextStyle.FULL, this.locale);
		return this.messages.getMessage("datetime", new Object[] { date(at.toLocalDate()), time, zone }, this.locale);
	}

}
