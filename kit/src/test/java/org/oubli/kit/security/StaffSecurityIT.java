package org.oubli.kit.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's security in a real service on a random port: staff routes refuse anonymous
 * callers (401) and wrong roles (403) with problem details and let the right role in; the
 * open API keeps working without credentials or CSRF token; forms need a CSRF token; no
 * HTTP session is ever created.
 */
@SpringBootTest(classes = StaffSecurityIT.TestService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit", "spring.application.name=kit-security-test",
				"spring.mongodb.database=kit-security-test" })
@OubliIntegrationTest
class StaffSecurityIT {

	private static final String AGENT = basic("staff-agent", "dev-agent-password");

	private static final String ADMIN = basic("staff-admin", "dev-admin-password");

	private static final String AUDITOR = basic("staff-auditor", "dev-auditor-password");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousCallerGetsA401ProblemWithABasicChallenge() {
		HttpResponse<String> answer = send("GET", "/staff/api/v1/cases", null, Map.of());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic realm=\"Oubli staff\""));
		assertThat(answer.body()).contains("\"status\":401", "https://oubli.org/problems/unauthorized");
	}

	@Test
	void wrongPasswordIsA401() {
		assertThat(send("GET", "/staff/api/v1/cases", basic("staff-agent", "guess"), Map.of()).statusCode())
			.isEqualTo(401);
		assertThat(send("GET", "/staff/api/v1/cases", basic("nobody", "dev-agent-password"), Map.of()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void everyStaffRoleReads() {
		for (String who : new String[] { AGENT, ADMIN, AUDITOR }) {
			HttpResponse<String> answer = send("GET", "/staff/api/v1/cases", who, Map.of());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("cases");
		}
	}

	@Test
	void anAuditorCannotActButAnAgentCan() {
		HttpResponse<String> auditor = send("POST", "/staff/api/v1/cases", AUDITOR, Map.of());
		assertThat(auditor.statusCode()).isEqualTo(403);
		assertThat(auditor.body()).contains("\"status\":403", "https://oubli.org/problems/forbidden");
		assertThat(send("POST", "/staff/api/v1/cases", AGENT, Map.of()).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/staff/api/v1/cases", ADMIN, Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void administrationIsForAdminsOnly() {
		assertThat(send("GET", "/staff/api/v1/admin/systems", AGENT, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/staff/api/v1/admin/systems", AUDITOR, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/staff/api/v1/admin/systems", null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/staff/api/v1/admin/systems", ADMIN, Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void methodSecurityRefusalsAreProblemsNotServerErrors() {
		HttpResponse<String> agent = send("GET", "/staff/api/v1/reports", AGENT, Map.of());
		assertThat(agent.statusCode()).isEqualTo(403);
		assertThat(agent.body()).contains("https://oubli.org/problems/forbidden");
		assertThat(send("GET", "/staff/api/v1/reports", AUDITOR, Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void aBrowsersCrossSiteWriteToTheStaffApiIsRefusedEvenWithCredentials() {
		HttpResponse<String> crossSite = send("POST", "/staff/api/v1/cases", AGENT,
				Map.of("Sec-Fetch-Site", "cross-site"));
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(crossSite.body()).contains("https://oubli.org/problems/csrf");
		assertThat(send("POST", "/staff/api/v1/cases", AGENT, Map.of("Sec-Fetch-Site", "same-origin")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void openApiAndHealthNeedNoCredentialsNorToken() {
		assertThat(send("GET", "/api/v1/things", null, Map.of()).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/things", null, Map.of()).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/dsar/v1/things", null, Map.of()).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/health", null, Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void aFormPostNeedsTheTokenOfItsPage() throws Exception {
		HttpResponse<String> without = send("POST", "/form", null,
				Map.of("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(without.statusCode()).isEqualTo(403);
		assertThat(without.body()).contains("https://oubli.org/problems/csrf", "reload the page", "rechargez la page");

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(uri("/form")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
		String token = page.body();
		HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(uri("/form"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&name=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).isEqualTo("posted");
	}

	@Test
	void noHttpSessionIsCreated() {
		for (HttpResponse<String> answer : new HttpResponse[] { send("GET", "/staff/api/v1/cases", AGENT, Map.of()),
				send("GET", "/form", null, Map.of("Accept", "text/html")),
				send("GET", "/api/v1/things", null, Map.of()) }) {
			assertThat(answer.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		}
	}

	private HttpResponse<String> send(String method, String path, String authorization, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString("")
					: HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class TestService {

	}

	@RestController
	static class Endpoints {

		@GetMapping("/staff/api/v1/cases")
		String cases() {
			return "cases";
		}

		@PostMapping("/staff/api/v1/cases")
		String act() {
			return "acted";
		}

		@GetMapping("/staff/api/v1/admin/systems")
		String systems() {
			return "systems";
		}

		@GetMapping("/staff/api/v1/reports")
		@PreAuthorize("hasRole('AUDITOR')")
		String reports() {
			return "reports";
		}

		@GetMapping("/api/v1/things")
		String things() {
			return "things";
		}

		@PostMapping({ "/api/v1/things", "/dsar/v1/things" })
		String postThings() {
			return "posted";
		}

		@GetMapping("/form")
		String form(CsrfToken token) {
			return token.getToken();
		}

		@PostMapping("/form")
		String submit() {
			return "posted";
		}

	}

}
