package org.oubli.kit.security;

import org.junit.jupiter.api.Test;

import org.oubli.testsupport.OubliIntegrationTest;
import org.oubli.testsupport.StaffRoutes;
import org.oubli.testsupport.StaffRoutes.Access;
import org.oubli.testsupport.StaffRoutes.Role;
import org.oubli.testsupport.StaffRoutes.Route;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test-support {@link StaffRoutes} check against a console shaped like
 * request-intake's (form sign-in on the staff accounts, HTTP session, CSRF tokens in the
 * session, audit pages for auditors and admins): anonymous calls are sent to the sign-in
 * page, the wrong roles get 403, and the right roles get through the same sign-in and
 * CSRF steps, so each 403 is the role's.
 */
@SpringBootTest(classes = ConsoleRoutesIT.TestService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit", "spring.application.name=kit-console-test",
				"spring.mongodb.database=kit-console-test" })
@OubliIntegrationTest
class ConsoleRoutesIT {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyConsoleRouteRefusesAnonymousCallersAndWrongRoles() {
		StaffRoutes routes = StaffRoutes.of(this.context);

		assertThat(routes.names()).contains("GET /staff/console/cases", "POST /staff/console/cases/{id}/extension",
				"GET /staff/console/audit", "GET /staff/console/login", "GET /staff/api/v1/audit");
		assertThat(routes.unclassified()).isEmpty();
		assertThat(routes.assertEveryRouteRefuses(baseUrl())).isGreaterThanOrEqualTo(6);
	}

	@Test
	void theRightRolesGetThroughTheSameSignInAndCsrfSteps() {
		Route extension = new Route("POST", "/staff/console/cases/{id}/extension", Access.CONSOLE);
		Route audit = new Route("GET", "/staff/console/audit", Access.CONSOLE_AUDIT);

		assertThat(StaffRoutes.statusAs(baseUrl(), extension, Role.AGENT)).isEqualTo(200);
		assertThat(StaffRoutes.statusAs(baseUrl(), extension, Role.AUDITOR)).isEqualTo(403);
		assertThat(StaffRoutes.statusAs(baseUrl(), audit, Role.AUDITOR)).isEqualTo(200);
		assertThat(StaffRoutes.statusAs(baseUrl(), audit, Role.AGENT)).isEqualTo(403);
		assertThat(StaffRoutes.statusAs(baseUrl(), extension, null)).isEqualTo(302);
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ConsolePages.class)
	static class TestService {

		@Bean
		@Order(0)
		SecurityFilterChain consoleChain(HttpSecurity http, InMemoryUserDetailsManager staffAccounts) throws Exception {
			DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staffAccounts);
			provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
			http.securityMatcher("/staff/console/**")
				.authenticationManager(new ProviderManager(provider))
				.authorizeHttpRequests(
						(requests) -> requests.requestMatchers("/staff/console/login", "/staff/console/denied")
							.permitAll()
							.requestMatchers("/staff/console/audit", "/staff/console/audit/**")
							.hasAnyRole("AUDITOR", "ADMIN")
							.requestMatchers(HttpMethod.GET, "/staff/console/**")
							.hasAnyRole("AGENT", "ADMIN", "AUDITOR")
							.anyRequest()
							.hasAnyRole("AGENT", "ADMIN"))
				.formLogin((form) -> form.loginPage("/staff/console/login")
					.loginProcessingUrl("/staff/console/login")
					.defaultSuccessUrl("/staff/console/cases")
					.permitAll());
			return http.build();
		}

	}

	@RestController
	static class ConsolePages {

		@GetMapping("/staff/console/login")
		String login(CsrfToken token) {
			return form(token);
		}

		@RequestMapping("/staff/console/denied")
		String denied() {
			return "denied";
		}

		@GetMapping("/staff/console/cases")
		String cases(CsrfToken token) {
			return form(token);
		}

		@PostMapping("/staff/console/cases/{id}/extension")
		String extend(@PathVariable String id) {
			return "extended";
		}

		@GetMapping("/staff/console/audit")
		String audit() {
			return "audit";
		}

		private static String form(CsrfToken token) {
			return "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + token.getToken()
					+ "\"/></form>";
		}

	}

}
