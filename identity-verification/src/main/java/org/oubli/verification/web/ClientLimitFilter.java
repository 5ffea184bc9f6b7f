package org.oubli.verification.web;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the submissions of one client (caller IP) across all requests: every
 * {@code POST} under {@code /api/v1/requests/} and {@code /verify/}. Over the limit: 429
 * {@code too-many-attempts} problem with {@code Retry-After}; nothing is counted against
 * the request itself. Staff endpoints are not limited here.
 */
class ClientLimitFilter extends OncePerRequestFilter {

	private final ClientLimiter limiter;

	private final MeterRegistry meters;

	private final JsonMapper json = JsonMapper.builder().build();

	ClientLimitFilter(ClientLimiter limiter, MeterRegistry meters) {
		this.limiter = limiter;
		this.meters = meters;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod())
				|| !(path.startsWith("/api/v1/requests/") || path.startsWith("/verify/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		this.meters.counter("oubli.verification.client-limited").increment();
		long retryAfter = this.limiter.retryAfterSeconds();
		ProblemDetail problem = (ProblemDetail) VerificationProblems.tooManyFromClient(retryAfter).getBody();
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(retryAfter));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
