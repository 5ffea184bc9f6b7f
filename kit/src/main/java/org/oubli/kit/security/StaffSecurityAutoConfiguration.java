package org.oubli.kit.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of every Oubli web service.
 * <ul>
 * <li>{@code /staff/**}: HTTP Basic against the local staff accounts
 * ({@code oubli.staff.accounts}); {@code GET} for AGENT, ADMIN and AUDITOR,
 * {@code /staff/api/v1/admin/**} for ADMIN only, any other method for AGENT and ADMIN.
 * Finer rules: {@code @PreAuthorize} on a controller method (method security is on).</li>
 * <li>everything else is open as before; server-rendered forms get CSRF tokens (a cookie,
 * so no server session), {@code /api/**}, {@code /dsar/**} and {@code /actuator/**} need
 * none.</li>
 * <li>stateless: no HTTP session, no saved request; 401 and 403 are problem details.</li>
 * </ul>
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(StaffProperties.class)
public class StaffSecurityAutoConfiguration {

	/** Paths whose writes need no CSRF token: machine APIs without cookies. */
	static final String[] NO_CSRF = { "/api/**", "/dsar/**", "/actuator/**" };

	private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

	private static final String[] ALL_ROLES = { StaffRole.AGENT.name(), StaffRole.ADMIN.name(),
			StaffRole.AUDITOR.name() };

	private static final String[] ACTING_ROLES = { StaffRole.AGENT.name(), StaffRole.ADMIN.name() };

	private final SecurityProblems problems = new SecurityProblems();

	@Bean
	@ConditionalOnMissingBean(name = "staffAccounts")
	InMemoryUserDetailsManager staffAccounts(StaffProperties properties, Environment environment) {
		return StaffAccounts.of(properties, environment.getProperty("spring.application.name", "oubli"));
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurityFilterChain(HttpSecurity http, InMemoryUserDetailsManager staffAccounts)
			throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffAccounts);
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		http.securityMatcher("/staff/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/staff/api/v1/admin/**")
				.hasRole(StaffRole.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/staff/**")
				.hasAnyRole(ALL_ROLES)
				.requestMatchers(HttpMethod.HEAD, "/staff/**")
				.hasAnyRole(ALL_ROLES)
				.anyRequest()
				.hasAnyRole(ACTING_ROLES))
			.authenticationManager(new ProviderManager(provider))
			.httpBasic((basic) -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(this.problems))
			// a browser sends cached Basic credentials cross-site too: the staff API
			// needs no
			// token from scripts and curl, but a browser's cross-site write is refused
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(staffApiNotCrossSite()));
		return common(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain oubliSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(NO_CSRF))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		return common(http).build();
	}

	private HttpSecurity common(HttpSecurity http) throws Exception {
		return http
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems)
				.accessDeniedHandler(this.problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
	}

	@Bean
	@ConditionalOnMissingBean
	StaffActors staffActors(StaffProperties properties) {
		return new StaffActors(properties);
	}

	@Bean
	MethodSecurityProblems methodSecurityProblems() {
		return new MethodSecurityProblems();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	static RequestMatcher staffApiNotCrossSite() {
		return (HttpServletRequest request) -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String site = request.getHeader("Sec-Fetch-Site");
			return path.startsWith("/staff/api/") && (site == null || SAME_ORIGIN.contains(site));
		};
	}

}
