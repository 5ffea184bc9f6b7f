package org.oubli.intake.console;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.intake.fixtures.StubService;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systems registry page over real HTTP, against the real broker and the MongoDB wire
 * server; erasure-worker's registry API is a small in-test HTTP server recording what the
 * console sends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake",
				"oubli.console.service-account.password=test-console-password",
				"oubli.console.admin-account.password=test-console-admin-password", "oubli.console.read-timeout=1s" })
@OubliIntegrationTest
class ConsoleSystemsIT {

	private static final StubService ERASURE = new StubService();

	private static final String SYSTEMS = "/staff/api/v1/systems";

	private static final String ADMIN_BASIC = "Basic " + Base64.getEncoder()
		.encodeToString("oubli-console-admin:test-console-admin-password".getBytes(StandardCharsets.UTF_8));

	private static final String REGISTRY = """
			[{"id":"profiles","displayName":"Profiles","owner":"Identity team","mode":"HTTP",
			  "baseUrl":"http://profiles","identifiers":["email"],"processor":null,"enabled":true,
			  "categories":[{"name":"email","action":"ERASE"},
			                {"name":"ip","action":"ANONYMISE","technique":"ip-truncation"},
			                {"name":"invoices","action":"RETAIN","legalBasis":"FR Code de commerce L123-22","retainFor":"P10Y"}],
			  "version":3,"updatedAt":"2026-11-22T10:00:00Z"},
			 {"id":"psp","displayName":"Payment processor","owner":"Payments team","mode":"PROCESSOR_EMAIL",
			  "identifiers":["email"],"processor":{"organisation":"Stripe","privacyEmail":"jane.doe@stripe.example"},
			  "enabled":false,"categories":[{"name":"psp-customer","action":"ERASE"}],
			  "version":1,"updatedAt":"2026-11-22T10:00:00Z"}]
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private AuditTrail audit;

	@DynamicPropertySource
	static void otherServices(DynamicPropertyRegistry registry) {
		registry.add("oubli.console.erasure-url", ERASURE::url);
	}

	@AfterAll
	static void stopStubs() {
		ERASURE.close();
	}

	@Test
	void anAdminSeesTheRegistryWithoutTheProcessorsAddressAndTheSettings() {
		ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);

		Document page = systemsPage(admin());

		assertThat(page.select("#systems tbody tr").eachAttr("data-system-id")).containsExactly("profiles", "psp");
		var profiles = page.select("#systems tr[data-system-id=profiles]");
		assertThat(profiles.select(".system-name").text()).isEqualTo("Profiles");
		assertThat(profiles.select(".system-owner").text()).isEqualTo("Identity team");
		assertThat(profiles.select(".system-mode").text()).isEqualTo("HTTP");
		assertThat(profiles.select(".system-enabled").text()).isEqualTo("yes");
		assertThat(profiles.select(".system-version").text()).isEqualTo("3");
		assertThat(profiles.select(".categories li").eachAttr("data-action")).containsExactly("ERASE", "ANONYMISE",
				"RETAIN");
		assertThat(profiles.select("li[data-category=ip] .category-technique").text()).contains("ip-truncation");
		assertThat(profiles.select("li[data-category=invoices] .category-legal-basis").text())
			.contains("FR Code de commerce L123-22")
			.contains("P10Y");
		assertThat(profiles.select("form.disable-system")).hasSize(1);
		assertThat(profiles.select("form.disable-system input[name=version]").val()).isEqualTo("3");
		assertThat(profiles.select("form.disable-system select[name=reasonCode] option")).hasSizeGreaterThan(1);
		var psp = page.select("#systems tr[data-system-id=psp]");
		assertThat(psp.select(".system-enabled").text()).isEqualTo("no");
		assertThat(psp.select("form.enable-system")).hasSize(1);
		assertThat(psp.select(".processor-organisation").text()).isEqualTo("Stripe");
		assertThat(psp.select(".processor-contact").attr("data-contact")).isEqualTo("true");
		assertThat(page.html()).doesNotContain("jane.doe").doesNotContain("stripe.example");
		assertThat(page.select("#settings [data-setting=erasure-url]").text()).isEqualTo(ERASURE.url());
		assertThat(page.select("#settings [data-setting=at-risk-days]").text()).isEqualTo("7");
		assertThat(page.select("#settings [data-setting=page-size]").text()).isEqualTo("50");
		assertThat(page.select("#settings [data-setting=oidc]").text()).isEqualTo("off");
		assertThat(page.select("#settings [data-setting=admin-account]").attr("data-configured")).isEqualTo("true");
		assertThat(page.html()).doesNotContain("test-console-admin-password").doesNotContain("test-console-password");
		assertThat(page.select("#nav-systems").attr("href")).isEqualTo("/staff/console/systems");
		assertThat(ERASURE.received("GET", SYSTEMS)).last().satisfies((sent) -> {
			assertThat(sent.authorization()).isEqualTo(ADMIN_BASIC);
			assertThat(sent.onBehalfOf()).isEqualTo("staff-admin");
		});
	}

	@Test
	void anAdminDisablesASystemThroughErasureWorkerAndItIsAudited() {
		ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);
		ERASURE.answer("POST", SYSTEMS + "/profiles/disable", 200, """
				{"id":"profiles","displayName":"Profiles","mode":"HTTP","enabled":false,"version":4}""");
		ConsoleClient admin = admin();
		systemsPage(admin);
		Instant before = Instant.now().minusSeconds(1);

		HttpResponse<String> disabled = admin.postForm("/staff/console/systems/profiles/disable",
				Map.of("reasonCode", "system-outage", "version", "3"));

		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(disabled.headers().firstValue("Location").orElse("")).endsWith("/staff/console/systems");
		assertThat(ERASURE.received("POST", SYSTEMS + "/profiles/disable")).singleElement().satisfies((sent) -> {
			assertThat(sent.authorization()).isEqualTo(ADMIN_BASIC);
			assertThat(sent.onBehalfOf()).isEqualTo("staff-admin");
			assertThat(sent.body()).isEqualTo("{\"version\":3}");
		});
		HttpResponse<String> after = admin.get("/staff/console/systems");
		assertThat(Jsoup.parse(after.body()).select("#flash").text())
			.isEqualTo("System profiles disabled: new plans leave it out.");
		AuditEntry entry = entries(before, "system.disabled").get(0);
		assertThat(entry.actor()).isEqualTo("staff-admin");
		assertThat(entry.requestId()).isNull();
		assertThat(entry.details()).containsEntry("systemId", "profiles")
			.containsEntry("reasonCode", "system-outage")
			.containsEntry("version", "4");
	}

	@Test
	void erasureWorkersConflictIsShownAndNothingIsAudited() {
		ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);
		ERASURE.answer("POST", SYSTEMS + "/psp/enable", 409, """
				{"type":"https://oubli.org/problems/stale-version","status":409,
				 "detail":"The system changed since: it is at version 2; read it again"}""");
		ConsoleClient admin = admin();
		systemsPage(admin);
		Instant before = Instant.now().minusSeconds(1);

		HttpResponse<String> refused = admin.postForm("/staff/console/systems/psp/enable",
				Map.of("reasonCode", "contract-signed", "version", "1"));

		assertThat(refused.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#error").text()).startsWith("Refused by erasure-worker, nothing was changed:")
			.contains("it is at version 2");
		assertThat(page.select("#error").attr("role")).isEqualTo("alert");
		assertThat(page.select("#systems tbody tr")).hasSize(2);
		assertThat(entries(before, "system.enabled")).isEmpty();
	}

	@Test
	void aMissingReasonCodeIsAFormErrorAndCallsNothing() {
		ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);
		ConsoleClient admin = admin();
		systemsPage(admin);
		int calls = ERASURE.received("POST", SYSTEMS + "/profiles/disable").size();

		HttpResponse<String> invalid = admin.postForm("/staff/console/systems/profiles/disable",
				Map.of("version", "3"));

		assertThat(invalid.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(invalid.body());
		assertThat(page.select("#system-profiles-reasonCode-error").text()).isEqualTo("Choose a reason code.");
		assertThat(page.select("#error").text()).isEqualTo("The form has errors: nothing was changed.");
		assertThat(ERASURE.received("POST", SYSTEMS + "/profiles/disable")).hasSize(calls);
	}

	@Test
	void agentsAndAuditorsAreRefusedWithThePageAndNothingIsCalled() {
		ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);
		int reads = ERASURE.received("GET", SYSTEMS).size();
		for (String role : List.of("agent", "auditor")) {
			ConsoleClient console = new ConsoleClient(this.port).as(role);
			assertThat(console.get("/staff/console/cases").statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(console.lastPage()).select("#nav-systems")).as(role).isEmpty();

			HttpResponse<String> page = console.get("/staff/console/systems");
			assertThat(page.statusCode()).as(role).isEqualTo(403);
			assertThat(Jsoup.parse(page.body()).select("#denied").text())
				.isEqualTo("Your role does not allow this. Nothing was changed.");
			console.get("/staff/console/cases");
			HttpResponse<String> post = console.postForm("/staff/console/systems/profiles/disable",
					Map.of("reasonCode", "system-outage", "version", "3"));
			assertThat(post.statusCode()).as(role).isEqualTo(403);
		}
		assertThat(ERASURE.received("GET", SYSTEMS)).hasSize(reads);
		assertThat(ERASURE.received("POST", SYSTEMS + "/profiles/disable")).isEmpty();
		HttpResponse<String> anonymous = new ConsoleClient(this.port).get("/staff/console/systems");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/staff/console/login");
	}

	@Test
	void erasureWorkerDownIsANoticeNotAFailure() {
		ERASURE.slow("GET", SYSTEMS, Duration.ofSeconds(3));
		try {
			HttpResponse<String> answer = admin().get("/staff/console/systems");

			assertThat(answer.statusCode()).isEqualTo(200);
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("#registry-notice").attr("data-lookup")).isEqualTo("UNREACHABLE");
			assertThat(page.select("#registry-notice").text()).startsWith("erasure-worker could not be reached");
			assertThat(page.select("#systems")).isEmpty();
			assertThat(page.select("#settings [data-setting=erasure-url]").text()).isEqualTo(ERASURE.url());
		}
		finally {
			ERASURE.answer("GET", SYSTEMS, 200, REGISTRY);
		}
	}

	private ConsoleClient admin() {
		return new ConsoleClient(this.port).as("admin");
	}

	private static Document systemsPage(ConsoleClient console) {
		HttpResponse<String> answer = console.get("/staff/console/systems");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).as("every text is in the bundles").doesNotContain("??");
		return Jsoup.parse(answer.body());
	}

	private List<AuditEntry> entries(Instant from, String action) {
		return this.audit.between(from, Instant.now().plusSeconds(1))
			.stream()
			.filter((entry) -> action.equals(entry.action()))
			.toList();
	}

}
