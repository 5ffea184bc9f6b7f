package org.oubli.kit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * French or English: {@code ?lang=} (also a form field) first, then the browser's
 * {@code Accept-Language}, else French. Shared by the server-rendered pages (the web
 * form, the verification page).
 */
public class PageLocaleResolver implements LocaleResolver {

	public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = supported(request.getParameter("lang"));
		if (chosen != null) {
			return chosen;
		}
		String acceptLanguage = request.getHeader("Accept-Language");
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header falls back to the default
			}
		}
		return Locale.FRENCH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The page language is chosen per request with ?lang=");
	}

	public static Locale supported(String lang) {
		if (lang == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((locale) -> locale.getLanguage().equalsIgnoreCase(lang))
			.findFirst()
			.orElse(null);
	}

}
