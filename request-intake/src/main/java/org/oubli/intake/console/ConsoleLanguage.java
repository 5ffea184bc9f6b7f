package org.oubli.intake.console;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.oubli.kit.web.PageLocaleResolver;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the console's language for the session: a {@code ?lang=fr|en} chosen once (the
 * links in the header) stays, without carrying it in every link and form. The pages' own
 * {@link PageLocaleResolver} reads {@code lang} as usual; this filter answers it from the
 * session when the request has none. Without either, the browser's language decides.
 */
final class ConsoleLanguage extends OncePerRequestFilter {

	static final String ATTRIBUTE = ConsoleLanguage.class.getName();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale asked = PageLocaleResolver.supported(request.getParameter("lang"));
		HttpSession session = request.getSession(asked != null);
		if (asked != null) {
			session.setAttribute(ATTRIBUTE, asked.getLanguage());
			chain.doFilter(request, response);
			return;
		}
		Object kept = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		if (kept instanceof String lang) {
			chain.doFilter(new HttpServletRequestWrapper(request) {
				@Override
				public String getParameter(String name) {
					return "lang".equals(name) ? lang : super.getParameter(name);
				}
			}, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
