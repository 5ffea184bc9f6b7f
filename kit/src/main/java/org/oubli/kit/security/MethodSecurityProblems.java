package org.oubli.kit.security;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.oubli.kit.web.OubliProblemHandler;

/**
 * A refusal by method security ({@code @PreAuthorize} on a controller) as a 401 or 403
 * problem, before the kit's catch-all would turn it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MethodSecurityProblems {

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return unauthorized();
		}
		return problem(HttpStatus.FORBIDDEN, "forbidden", SecurityProblems.FORBIDDEN_DETAIL).build();
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return unauthorized();
	}

	private static ResponseEntity<ProblemDetail> unauthorized() {
		return problem(HttpStatus.UNAUTHORIZED, "unauthorized", SecurityProblems.UNAUTHORIZED_DETAIL)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityProblems.REALM + "\", charset=\"UTF-8\"")
			.build();
	}

	private static Builder problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(OubliProblemHandler.TYPE_BASE + type));
		return new Builder(problem);
	}

	private record Builder(ProblemDetail problem, HttpHeaders headers) {

		Builder(ProblemDetail problem) {
			this(problem, new HttpHeaders());
		}

		Builder header(String name, String value) {
			this.headers.add(name, value);
			return this;
		}

		ResponseEntity<ProblemDetail> build() {
			return ResponseEntity.status(this.problem.getStatus())
				.headers(this.headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.problem);
		}

	}

}
