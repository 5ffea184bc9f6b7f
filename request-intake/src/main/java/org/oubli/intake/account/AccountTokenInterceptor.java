package org.oubli.intake.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the bearer token of an account request before anything else, the body included:
 * a forged or expired token gets 401 whatever it came with, and nothing is read or
 * stored.
 */
@Configuration(proxyBeanMethods = false)
class AccountTokenInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String CLAIMS = "org.oubli.intake.account.claims";

	private static final String BEARER = "Bearer ";

	private final AccountTokens tokens;

	AccountTokenInterceptor(AccountTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(AccountRequestController.PATH);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new AccountTokenRejected("A bearer token signed by the platform is required");
		}
		request.setAttribute(CLAIMS, this.tokens.verify(header.substring(BEARER.length()).strip()));
		return true;
	}

}
