package org.oubli.intake.form;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries of the select, by ISO 3166 alpha-2 code, named in the page's language.
 */
final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	/** One option of the select. */
	record Country(String code, String name) {

	}

	static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	static List<Country> in(Locale language) {
		Collator collator = Collator.getInstance(language);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, new Locale("", code).getDisplayCountry(language)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

}
