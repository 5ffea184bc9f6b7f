package org.oubli.intake.console;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.oubli.kit.security.StaffRole;
import org.oubli.kit.web.PageLocaleResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the staff console ({@code /staff/console/**}), ahead of the kit's HTTP
 * Basic chain for {@code /staff/**}: a sign-in page against the same staff accounts (or
 * OpenID Connect when a client registration is configured), an HTTP session (its id
 * changed at sign-in), CSRF tokens in every form, sign-out by {@code POST}.
 * <ul>
 * <li>{@code GET} pages: AGENT, ADMIN, AUDITOR;</li>
 * <li>{@code /staff/console/audit/**}: AUDITOR, ADMIN;</li>
 * <li>{@code /staff/console/systems/**} (the systems registry): ADMIN;</li>
 * <li>any other method (the actions): AGENT, ADMIN;</li>
 * <li>anonymous: sent to the sign-in page; refused: a 403 page, never a stack trace.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	static final String BASE = "/staff/console";

	static final String LOGIN = BASE + "/login";

	static final String DENIED = BASE + "/denied";

	/**
	 * Where OpenID Connect sign-in starts:
	 * {@code /staff/console/oauth2/authorization/{registrationId}}.
	 */
	static final String OIDC_AUTHORIZATION = BASE + "/oauth2/authorization";

	/** Where the identity provider sends the browser back. */
	static final String OIDC_REDIRECTION = BASE + "/login/oauth2/code/*";

	private static final String[] ALL_ROLES = { StaffRole.AGENT.name(), StaffRole.ADMIN.name(),
			StaffRole.AUDITOR.name() };

	private static final String[] ACTING_ROLES = { StaffRole.AGENT.name(), StaffRole.ADMIN.name() };

	private static final String[] AUDIT_ROLES = { StaffRole.AUDITOR.name(), StaffRole.ADMIN.name() };

	@Bean
	@Order(0)
	SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, InMemoryUserDetailsManager staffAccounts,
			ObjectProvider<ClientRegistrationRepository> registrations, ConsoleProperties properties) throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffAccounts);
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
		denied.setErrorPage(DENIED);
		http.securityMatcher(BASE + "/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests(
					(requests) -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
						.permitAll()
						.requestMatchers(LOGIN, BASE + "/login/**", BASE + "/oauth2/**", DENIED)
						.permitAll()
						.requestMatchers(BASE + "/systems", BASE + "/systems/**")
						.hasRole(StaffRole.ADMIN.name())
						.requestMatchers(BASE + "/audit", BASE + "/audit/**")
						.hasAnyRole(AUDIT_ROLES)
						.requestMatchers(HttpMethod.GET, BASE + "/**")
						.hasAnyRole(ALL_ROLES)
						.requestMatchers(HttpMethod.HEAD, BASE + "/**")
						.hasAnyRole(ALL_ROLES)
						.anyRequest()
						.hasAnyRole(ACTING_ROLES))
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.defaultSuccessUrl(BASE + "/cases")
				.failureHandler(failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl(BASE + "/logout").logoutSuccessUrl(LOGIN + "?signed-out"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied))
			.addFilterAfter(new LoadCsrfToken(), CsrfFilter.class);
		ClientRegistrationRepository oidc = registrations.getIfAvailable();
		if (oidc != null) {
			OidcRoleMapper roles = new OidcRoleMapper(properties.oidc());
			http.oauth2Login((login) -> login.loginPage(LOGIN)
				.authorizationEndpoint((endpoint) -> endpoint.baseUri(OIDC_AUTHORIZATION))
				.redirectionEndpoint((endpoint) -> endpoint.baseUri(OIDC_REDIRECTION))
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(roles))
				.defaultSuccessUrl(BASE + "/cases")
				.failureHandler(failure()));
		}
		return http.build();
	}

	/**
	 * Back to the sign-in page with one message for every failure (unknown user or wrong
	 * password alike), in the page's language.
	 */
	private static AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			Locale lang = PageLocaleResolver.supported(request.getParameter("lang"));
			response.sendRedirect(request.getContextPath() + LOGIN + "?error"
					+ ((lang != null) ? "&lang=" + lang.getLanguage() : ""));
		};
	}

	/**
	 * Loads the CSRF token of a page before the page is written, so that a new session's
	 * cookie is set while the response can still take headers.
	 */
	static final class LoadCsrfToken extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("GET".equals(request.getMethod())
					&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
