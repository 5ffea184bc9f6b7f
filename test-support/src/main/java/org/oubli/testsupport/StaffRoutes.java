package org.oubli.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import org.springframework.context.ApplicationContext;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff route of a running web service, found in its request mappings (not a list
 * kept by hand), and the check that each one refuses anonymous callers and the wrong
 * roles.
 * <p>
 * The rule table ({@link #RULES}) is explicit: each known {@code /staff} path family has
 * its {@link Access}; a route that matches none is <em>unclassified</em>, and a test
 * should fail on it (see {@link #unclassified()}), so that a new staff route cannot
 * arrive without its access being decided. The calls use the development staff accounts
 * ({@code oubli.staff.dev-accounts=true}, which {@code @OubliIntegrationTest} sets).
 * <table>
 * <caption>what is refused</caption>
 * <tr>
 * <th>access</th>
 * <th>anonymous</th>
 * <th>wrong roles (403)</th>
 * </tr>
 * <tr>
 * <td>{@link Access#STAFF}</td>
 * <td>401 problem</td>
 * <td>AUDITOR on every method but GET</td>
 * </tr>
 * <tr>
 * <td>{@link Access#ADMIN}</td>
 * <td>401 problem</td>
 * <td>AGENT and AUDITOR on every method</td>
 * </tr>
 * <tr>
 * <td>{@link Access#AUDIT}</td>
 * <td>401 problem</td>
 * <td>AGENT</td>
 * </tr>
 * <tr>
 * <td>{@link Access#CONSOLE}</td>
 * <td>302 to {@value #CONSOLE_LOGIN}</td>
 * <td>AUDITOR on every method but GET (signed in through the console's form)</td>
 * </tr>
 * <tr>
 * <td>{@link Access#CONSOLE_AUDIT}</td>
 * <td>302 to {@value #CONSOLE_LOGIN}</td>
 * <td>AGENT</td>
 * </tr>
 * <tr>
 * <td>{@link Access#CONSOLE_ADMIN}</td>
 * <td>302 to {@value #CONSOLE_LOGIN}</td>
 * <td>AGENT and AUDITOR on every method</td>
 * </tr>
 * <tr>
 * <td>{@link Access#PUBLIC}</td>
 * <td>(open: the console's sign-in page)</td>
 * <td>-</td>
 * </tr>
 * </table>
 */
public final class StaffRoutes {

	/** The console's sign-in page, where anonymous console requests are sent. */
	public static final String CONSOLE_LOGIN = "/staff/console/login";

	/** Who may use a route. */
	public enum Access {

		/** Case work: GET for every staff role, other methods for AGENT and ADMIN. */
		STAFF,

		/** Administration: ADMIN only. */
		ADMIN,

		/** The audit trail: AUDITOR and ADMIN only. */
		AUDIT,

		/**
		 * Console pages (session sign-in): GET for every staff role, other methods for
		 * AGENT and ADMIN; anonymous callers are redirected to the sign-in page.
		 */
		CONSOLE,

		/**
		 * The console's audit pages: AUDITOR and ADMIN only; anonymous callers are
		 * redirected to the sign-in page.
		 */
		CONSOLE_AUDIT,

		/** Open to anyone (the console's sign-in page). */
		PUBLIC,

		/**
		 * The console's administration pages (the systems registry): ADMIN only;
		 * anonymous callers are redirected to the sign-in page.
		 */
		CONSOLE_ADMIN

	}

	/** A development staff account. */
	public enum Role {

		AGENT("staff-agent", "dev-agent-password"), ADMIN("staff-admin", "dev-admin-password"),
		AUDITOR("staff-auditor", "dev-auditor-password");

		private final String username;

		private final String password;

		Role(String username, String password) {
			this.username = username;
			this.password = password;
		}

		/** The account's user name. */
		public String username() {
			return this.username;
		}

		/** The {@code Authorization} header value of the account. */
		public String basic() {
			return "Basic " + Base64.getEncoder()
				.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		}

	}

	/**
	 * The rule table: the first pattern (Ant style) that matches a route's pattern
	 * decides its access.
	 */
	public static final List<Rule> RULES = List.of(
			// the console's sign-in (form and OpenID Connect) and refusal pages are open
			new Rule(CONSOLE_LOGIN, Access.PUBLIC), new Rule(CONSOLE_LOGIN + "/**", Access.PUBLIC),
			new Rule("/staff/console/oauth2/**", Access.PUBLIC), new Rule("/staff/console/denied", Access.PUBLIC),
			// kit: the audit trail of every service
			new Rule("/staff/api/v1/audit", Access.AUDIT), new Rule("/staff/api/v1/audit/**", Access.AUDIT),
			// kit: the administration prefix
			new Rule("/staff/api/v1/admin/**", Access.ADMIN),
			// erasure-worker: the registry of systems (@PreAuthorize ADMIN)
			new Rule("/staff/api/v1/systems", Access.ADMIN), new Rule("/staff/api/v1/systems/**", Access.ADMIN),
			// request-intake
			new Rule("/staff/api/v1/cases/**", Access.STAFF), new Rule("/staff/api/v1/triage", Access.STAFF),
			new Rule("/staff/api/v1/triage/**", Access.STAFF), new Rule("/staff/api/v1/dead-letters", Access.STAFF),
			new Rule("/staff/api/v1/dead-letters/**", Access.STAFF),
			// the console's systems registry page: ADMIN only
			new Rule("/staff/console/systems", Access.CONSOLE_ADMIN),
			new Rule("/staff/console/systems/**", Access.CONSOLE_ADMIN),
			new Rule("/staff/console/audit", Access.CONSOLE_AUDIT),
			new Rule("/staff/console/audit/**", Access.CONSOLE_AUDIT), new Rule("/staff/console", Access.CONSOLE),
			new Rule("/staff/console/**", Access.CONSOLE),
			// identity-verification
			new Rule("/staff/api/v1/verifications/**", Access.STAFF),
			// erasure-worker
			new Rule("/staff/api/v1/erasures/**", Access.STAFF),
			// export-worker
			new Rule("/staff/api/v1/exports/**", Access.STAFF));

	private static final Set<String> ALL_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)([^}:]+)(?::[^}]*)?}");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final AntPathMatcher ANT = new AntPathMatcher();

	private final List<Route> routes;

	private StaffRoutes(List<Route> routes) {
		this.routes = routes;
	}

	/**
	 * Every route under {@code /staff} of an application, one per HTTP method (a mapping
	 * without methods counts for GET, POST, PUT, PATCH and DELETE).
	 */
	public static StaffRoutes of(ApplicationContext context) {
		Set<Route> found = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					methods.add(method.name());
				}
				if (methods.isEmpty()) {
					methods.addAll(ALL_METHODS);
				}
				methods.remove("OPTIONS");
				methods.remove("HEAD");
				for (String pattern : info.getPatternValues()) {
					if (pattern.equals("/staff") || pattern.startsWith("/staff/")) {
						methods.forEach((method) -> found.add(new Route(method, pattern, classify(pattern))));
					}
				}
			}
		}
		return new StaffRoutes(List.copyOf(found));
	}

	/** The access the rule table gives a route pattern, or {@code null} when none. */
	public static Access classify(String pattern) {
		for (Rule rule : RULES) {
			if (rule.pattern().equals(pattern) || ANT.match(rule.pattern(), pattern)) {
				return rule.access();
			}
		}
		return null;
	}

	/** Every staff route found. */
	public List<Route> all() {
		return this.routes;
	}

	/**
	 * The routes as {@code "METHOD pattern"}, e.g. {@code "POST /staff/api/v1/x/{id}"}.
	 */
	public Set<String> names() {
		Set<String> names = new TreeSet<>();
		this.routes.forEach((route) -> names.add(route.toString()));
		return names;
	}

	/** The routes no rule of the table covers: a test should require none. */
	public List<Route> unclassified() {
		return this.routes.stream().filter((route) -> route.access() == null).toList();
	}

	/**
	 * Calls every route anonymously and with each wrong role and collects every answer
	 * that is not the expected refusal.
	 * @param baseUrl e.g. {@code http://127.0.0.1:8081}
	 * @return how many calls were made
	 */
	public int assertEveryRouteRefuses(String baseUrl) {
		SoftAssertions softly = new SoftAssertions();
		int calls = 0;
		for (Route route : this.routes) {
			if (route.access() == null) {
				softly.fail("unclassified staff route %s: add it to StaffRoutes.RULES", route);
				continue;
			}
			if (route.access() == Access.PUBLIC) {
				continue;
			}
			Answer anonymous = (isConsole(route)) ? consoleCall(baseUrl, route, null) : apiCall(baseUrl, route, null);
			calls++;
			if (isConsole(route)) {
				softly.assertThat(anonymous.status()).as("anonymous %s", route).isEqualTo(302);
				softly.assertThat(anonymous.location())
					.as("anonymous %s redirects to sign-in", route)
					.endsWith(CONSOLE_LOGIN);
			}
			else {
				softly.assertThat(anonymous.status()).as("anonymous %s", route).isEqualTo(401);
				softly.assertThat(anonymous.contentType())
					.as("anonymous %s is a problem", route)
					.startsWith("application/problem+json");
			}
			for (Role role : route.wrongRoles()) {
				Answer refused = (isConsole(route)) ? consoleCall(baseUrl, route, role) : apiCall(baseUrl, route, role);
				calls++;
				softly.assertThat(refused.status()).as("%s %s", role, route).isEqualTo(403);
				if (!isConsole(route)) {
					softly.assertThat(refused.contentType())
						.as("%s %s is a problem", role, route)
						.startsWith("application/problem+json");
				}
			}
		}
		softly.assertAll();
		return calls;
	}

	/**
	 * The status of one call to a route, anonymous ({@code role == null}) or as a role
	 * (console routes: signed in through the console's form, with the page's CSRF token):
	 * lets a test show that the right role gets through where the wrong one is refused.
	 */
	public static int statusAs(String baseUrl, Route route, Role role) {
		return (isConsole(route) ? consoleCall(baseUrl, route, role) : apiCall(baseUrl, route, role)).status();
	}

	private static boolean isConsole(Route route) {
		return route.access() == Access.CONSOLE || route.access() == Access.CONSOLE_AUDIT
				|| route.access() == Access.CONSOLE_ADMIN;
	}

	private static Answer apiCall(String baseUrl, Route route, Role role) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + route.path()));
		if (route.method().equals("GET") || route.method().equals("DELETE")) {
			request.method(route.method(), HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.method(route.method(), HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json");
		}
		if (role != null) {
			request.header("Authorization", role.basic());
		}
		return send(HttpClient.newHttpClient(), request.build());
	}

	private static Answer consoleCall(String baseUrl, Route route, Role role) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// even an anonymous write carries a valid token (of the sign-in page's session),
		// so that its refusal is for want of a sign-in, not of a token
		String csrf = route.method().equals("GET") && role == null ? null
				: csrfOf(send(browser, page(baseUrl + CONSOLE_LOGIN)).body());
		if (role != null) {
			String form = "username=" + encode(role.username) + "&password=" + encode(role.password)
					+ ((csrf != null) ? "&_csrf=" + encode(csrf) : "");
			send(browser,
					HttpRequest.newBuilder(URI.create(baseUrl + CONSOLE_LOGIN))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build());
			// a page with a form (the sign-out form, at least): the token changed at
			// sign-in
			String fresh = csrfOf(send(browser, page(baseUrl + "/staff/console/cases")).body());
			csrf = (fresh != null) ? fresh : csrf;
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + route.path()))
			.header("Accept", "text/html");
		if (route.method().equals("GET")) {
			request.GET();
		}
		else {
			request
				.method(route.method(),
						HttpRequest.BodyPublishers.ofString((csrf != null) ? "_csrf=" + encode(csrf) : ""))
				.header("Content-Type", "application/x-www-form-urlencoded");
			if (csrf != null) {
				request.header("X-CSRF-TOKEN", csrf);
			}
		}
		return send(browser, request.build());
	}

	private static HttpRequest page(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
	}

	private static String csrfOf(String page) {
		Matcher matcher = CSRF_FIELD.matcher((page != null) ? page : "");
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Answer send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One line of the rule table. */
	public record Rule(String pattern, Access access) {
	}

	/**
	 * One staff route.
	 *
	 * @param method the HTTP method
	 * @param pattern the mapping's pattern, e.g.
	 * {@code /staff/api/v1/exports/{requestId}}
	 * @param access what the rule table says, or {@code null} when unclassified
	 */
	public record Route(String method, String pattern, Access access) {

		/**
		 * The pattern with its variables filled: a random UUID, or a plausible system id
		 * for a variable whose name mentions a system.
		 */
		public String path() {
			Matcher matcher = VARIABLE.matcher(this.pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(2).toLowerCase(java.util.Locale.ROOT);
				String value = (!matcher.group(1).isEmpty()) ? "any"
						: (name.contains("system") ? "profiles" : UUID.randomUUID().toString());
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		/** The roles that must get a 403 here. */
		public Set<Role> wrongRoles() {
			if (this.access == null) {
				return Set.of();
			}
			boolean read = this.method.equals("GET");
			return switch (this.access) {
				case STAFF, CONSOLE -> read ? Set.of() : EnumSet.of(Role.AUDITOR);
				case ADMIN, CONSOLE_ADMIN -> EnumSet.of(Role.AGENT, Role.AUDITOR);
				case AUDIT, CONSOLE_AUDIT -> EnumSet.of(Role.AGENT);
				case PUBLIC -> Set.of();
			};
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	private record Answer(int status, String contentType, String location, String body) {
	}

}
