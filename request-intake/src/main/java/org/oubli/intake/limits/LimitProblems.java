package org.oubli.intake.limits;

import java.net.URI;

import org.oubli.kit.web.OubliProblemHandler;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request refused by an abuse limit: 429 problem details with {@code Retry-After}, the
 * limit named, nothing of the caller echoed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LimitProblems {

	static final String TYPE = OubliProblemHandler.TYPE_BASE + "too-many-requests";

	@ExceptionHandler(RequestsLimitedException.class)
	ResponseEntity<ProblemDetail> limited(RequestsLimitedException ex) {
		LimitDecision decision = ex.decision();
		String what = (decision.limit() == LimitDecision.Kind.ADDRESS) ? "for this email address"
				: "from your network address";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests " + what + ". Try again in " + decision.retryAfterMinutes()
						+ " minute(s); a request already sent is being handled and need not be sent again.");
		problem.setType(URI.create(TYPE));
		problem.setProperty("limit", decision.limit().name().toLowerCase(java.util.Locale.ROOT));
		problem.setProperty("retryAfterSeconds", decision.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
