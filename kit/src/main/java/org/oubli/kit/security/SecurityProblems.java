package org.oubli.kit.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oubli.kit.web.OubliProblemHandler;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as RFC 9457 problem details, written by the security filters (before any
 * controller runs). The texts are fixed: nothing from the request is echoed.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The realm of the HTTP Basic challenge. */
	public static final String REALM = "Oubli staff";

	static final String UNAUTHORIZED_DETAIL = "Staff credentials are required (HTTP Basic)";

	static final String FORBIDDEN_DETAIL = "Your staff role does not allow this";

	static final String CSRF_DETAIL = "The form has expired or was not sent from this site: reload the page and "
			+ "send it again. / Le formulaire a expiré ou ne vient pas de ce site : rechargez la page et "
			+ "envoyez-le de nouveau.";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		write(response, HttpStatus.UNAUTHORIZED, "unauthorized", UNAUTHORIZED_DETAIL);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			write(response, HttpStatus.FORBIDDEN, "csrf", CSRF_DETAIL);
		}
		else {
			write(response, HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN_DETAIL);
		}
	}

	static void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + OubliProblemHandler.TYPE_BASE + type + "\",\"title\":\"" + status.getReasonPhrase()
					+ "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
