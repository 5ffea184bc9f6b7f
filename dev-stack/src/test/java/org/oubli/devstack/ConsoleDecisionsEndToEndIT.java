package org.oubli.devstack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oubli.devstack.ConsoleBrowser.reloadUntil;

/**
 * The console's decisions (request-intake, {@code /staff/console}) in headless Chromium
 * against the whole stack, on three cases of their own: an agent approves an authorized
 * agent's erasure (the console records the attestation in the real identity-verification
 * as {@code oubli-console} on the agent's behalf; the identity is then verified and the
 * erasure carried out), and a second approval from a page left open is refused; an agent
 * refuses a rectification with reasons and the refusal notice, naming the supervisory
 * authority, reaches the subject's mailbox in GreenMail; an agent cancels, at the
 * subject's request, an erasure whose paper-archive task waits for staff, and the real
 * erasure-worker stops the job, after which recording or resending that task is refused.
 * Each decision is on the audit trails with who and why (codes, never the text). No
 * service logged a subject's address, account or code.
 * <p>
 * Its own stack (not {@link RunningStack}): the registry changes here and the timings are
 * short.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleDecisionsEndToEndIT {

	/** The subject an authorized agent acts for. */
	private static final String MANDATED_EMAIL = "lucas.bernard@example.fr";

	private static final String MANDATED_ACCOUNT = "acc-1002";

	/** The subject whose rectification is refused. */
	private static final String REFUSED_EMAIL = "hugo.moreau@example.fr";

	/** The subject who withdraws an erasure. */
	private static final String WITHDRAWN_EMAIL = "chloe.laurent@example.fr";

	private static final String WITHDRAWN_ACCOUNT = "acc-1005";

	private static final String WAREHOUSE = ConsoleScenario.WAREHOUSE;

	private static final String REFUSAL_TEXT = "The details you ask us to change are those of another customer.";

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static DevStack stack;

	private static StaffApi api;

	private static ErasureJourney journey;

	private static ConsoleBrowser browser;

	private static final List<String> codes = new ArrayList<>();

	/** What every test printed, services' logs included. */
	private static final StringBuilder logs = new StringBuilder();

	private static final List<String> requestIds = new ArrayList<>();

	@BeforeAll
	static void start() {
		Map<String, Map<String, Object>> overrides = new LinkedHashMap<>(ConsoleScenario.overrides());
		Map<String, Object> worker = new LinkedHashMap<>(overrides.get("erasure-worker"));
		worker.put("oubli.erasure.certificate.dev-key-file", "target/console-decisions-e2e-certificate-key.json");
		overrides.put("erasure-worker", worker);
		stack = DevStack.start(DevStackSettings.ephemeral(), overrides);
		api = new StaffApi(stack);
		journey = new ErasureJourney(stack);
		browser = ConsoleBrowser.launch(stack.urlOf("request-intake"));
	}

	/**
	 * Keeps what each test printed: the extension hands a test only its own output and
	 * what {@code @BeforeAll} printed.
	 */
	@AfterEach
	void keepLogs(CapturedOutput output) {
		logs.append(output.getAll());
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void anAgentApprovesAnAuthorizedAgentsErasureThroughIdentityVerificationAndASecondApprovalIsRefused() {
		String requestId = submit("""
				{"type":"erasure","email":"%s","language":"en","accountId":"%s","country":"FR",
				 "authorizedAgent":true}""".formatted(MANDATED_EMAIL, MANDATED_ACCOUNT));
		// identity-verification waits for a person (manual review): the subject's page
		// says so once it knows the request
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(300))
			.until(() -> journey.get(stack.urlOf("identity-verification") + "/verify/" + requestId)
				.statusCode() == 200);

		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-agent", "dev-agent-password");
			page.navigate(browser.url("/staff/console/cases?status=AWAITING_VERIFICATION"));
			queueRow(page, requestId).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			assertThat(page.locator("#status")).hasAttribute("data-status", "AWAITING_VERIFICATION");
			assertThat(page.locator("#subject")).not().containsText(MANDATED_EMAIL);
			// a second tab on the same case, left open while the agent approves
			Page stale = context.newPage();
			stale.navigate(browser.url("/staff/console/cases/" + requestId));

			Locator approve = page.locator("#approve-form");
			assertThat(approve.locator("h3")).containsText("mandate");
			approve.locator("select[name=reasonCode]").selectOption("mandate-verified");
			approve.locator("textarea[name=reason]").fill("Signed mandate and the agent's identity checked.");
			approve.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).containsText("Identity and mandate approved");
			assertThat(audited(page, "case.approved")).hasCount(1);

			// approving again, from the tab left open, is refused with the reason and
			// changes nothing
			Locator again = stale.locator("#approve-form");
			again.locator("select[name=reasonCode]").selectOption("identity-confirmed");
			again.locator("textarea[name=reason]").fill("Approving a second time.");
			again.locator("[type=submit]").click();
			assertThat(stale.locator("#error")).containsText("Refused, nothing was changed");
			assertThat(stale.locator("#error")).hasAttribute("role", "alert");
			assertThat(stale.locator("#flash")).hasCount(0);

			// identity-verification verified the identity: the erasure is carried out
			reloadUntil(page,
					() -> assertThat(page.locator("#status").getAttribute("data-status")).isEqualTo("COMPLETED"));
			assertThat(page.locator("#timeline li[data-type=IdentityVerified]")).hasCount(1);
			assertThat(page.locator("#timeline li[data-type=ErasureCompleted]")).hasCount(1);
			assertThat(audited(page, "case.approved")).hasCount(1);
			assertThat(page.content()).doesNotContain(MANDATED_EMAIL).doesNotContain(MANDATED_ACCOUNT);
		}

		// who approved, on each service's trail: the agent in request-intake; the agent
		// through the console's account in identity-verification, once
		List<JsonNode> approvals = entries("request-intake", requestId, "case.approved");
		assertThat(approvals).hasSize(1);
		assertThat(approvals.get(0).path("actor").asString()).isEqualTo("staff-agent");
		assertThat(approvals.get(0).path("details").path("reasonCode").asString()).isEqualTo("mandate-verified");
		assertThat(approvals.get(0).path("details").path("review").asString()).isEqualTo("identity");
		List<JsonNode> attestations = entries("identity-verification", requestId, "verification.attested");
		assertThat(attestations).hasSize(1);
		assertThat(attestations.get(0).path("actor").asString()).isEqualTo("staff-agent via oubli-console");
		assertThat(attestations.get(0).path("details").path("decision").asString()).isEqualTo("APPROVED");
		assertThat(journey.caseOf(requestId).path("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	@Order(2)
	void anAgentRefusesARectificationWithReasonsAndTheNoticeNamingTheAuthorityReachesTheSubject() {
		String requestId = submit("""
				{"type":"rectification","email":"%s","language":"en","country":"FR"}""".formatted(REFUSED_EMAIL));
		confirmWithCode(requestId, REFUSED_EMAIL);
		journey.awaitStatus(requestId, "AWAITING_STAFF");

		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-agent", "dev-agent-password");
			page.navigate(browser.url("/staff/console/cases?status=AWAITING_STAFF"));
			queueRow(page, requestId).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);

			Locator deny = page.locator("#deny-form");
			deny.locator("select[name=reasonCode]").selectOption("rights-of-others");
			deny.locator("textarea[name=reason]").fill(REFUSAL_TEXT);
			deny.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).containsText("Refused: the case is closed");
			assertThat(page.locator("#status")).hasAttribute("data-status", "CLOSED");
			assertThat(page.locator("#closure-reason")).hasAttribute("data-reason", "REFUSED");
			assertThat(page.locator("#closure")).containsText(REFUSAL_TEXT);
			assertThat(page.locator("#timeline li[data-type=RequestClosed]")).hasCount(1);
			assertThat(page.locator("#no-actions")).isVisible();
			assertThat(audited(page, "case.closed")).hasCount(1);
		}

		// the refusal notice: the reasons, and where to complain
		MimeMessage notice = journey.awaitMail(REFUSED_EMAIL, "our answer");
		String text = MailboxPage.safeText(notice);
		assertThat(text).contains(requestId)
			.contains(REFUSAL_TEXT)
			.contains("supervisory authority")
			.contains("CNIL")
			.contains("judicial remedy");

		List<JsonNode> closures = entries("request-intake", requestId, "case.closed");
		assertThat(closures).hasSize(1);
		assertThat(closures.get(0).path("actor").asString()).isEqualTo("staff-agent");
		assertThat(closures.get(0).path("details").path("reasonCode").asString()).isEqualTo("rights-of-others");
		assertThat(closures.get(0).path("details").path("reason").asString()).isEqualTo("REFUSED");
		// the trail keeps the text's hash, never the text
		assertThat(closures.get(0).toString()).doesNotContain(REFUSAL_TEXT);
		JsonNode closed = journey.caseOf(requestId);
		assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	@Order(3)
	void anAgentCancelsAnErasureAtTheSubjectsRequestAndErasureWorkerStopsItsOpenTask() {
		api.enable(WAREHOUSE);
		String requestId = journey.submit(WITHDRAWN_EMAIL, "fr", WITHDRAWN_ACCOUNT).path("requestId").asString();
		requestIds.add(requestId);
		confirmWithCode(requestId, WITHDRAWN_EMAIL);
		await().atMost(PATIENCE).until(() -> api.erasureExists(requestId));
		await().atMost(PATIENCE).untilAsserted(() -> {
			Map<String, JsonNode> tasks = api.tasks(requestId);
			assertThat(tasks.keySet()).containsExactly("profiles", "payments", "messaging", WAREHOUSE);
			assertThat(tasks.get(WAREHOUSE).path("staffTask").asBoolean()).isTrue();
			assertThat(tasks.get(WAREHOUSE).path("status").asString()).isEqualTo("PENDING");
			for (String done : new String[] { "profiles", "payments", "messaging" }) {
				assertThat(tasks.get(done).path("status").asString()).as(done).isEqualTo("DONE");
			}
		});

		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-agent", "dev-agent-password");
			page.navigate(browser.url("/staff/console/cases?system=" + WAREHOUSE));
			queueRow(page, requestId).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			assertThat(page.locator("#status")).hasAttribute("data-status", "IN_PROGRESS");
			assertThat(task(page, WAREHOUSE).locator(".task-state")).hasText("PENDING");

			Locator cancel = page.locator("#cancel-form");
			cancel.locator("select[name=reasonCode]").selectOption("withdrawn-by-subject");
			cancel.locator("textarea[name=reason]").fill("The subject wrote to withdraw the request.");
			cancel.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).containsText("Cancelled at the subject's request");
			assertThat(page.locator("#status")).hasAttribute("data-status", "CLOSED");
			assertThat(page.locator("#closure-reason")).hasAttribute("data-reason", "CANCELLED");
			assertThat(audited(page, "case.cancelled")).hasCount(1);

			// erasure-worker stops the job: the archive's open task is cancelled, the
			// systems already done stay done
			await().atMost(PATIENCE).untilAsserted(() -> {
				JsonNode job = api.erasure(requestId);
				assertThat(job.path("status").asString()).isEqualTo("CANCELLED");
				assertThat(api.task(requestId, WAREHOUSE).path("status").asString()).isEqualTo("CANCELLED");
			});
			assertThat(api.task(requestId, "profiles").path("status").asString()).isEqualTo("DONE");
			reloadUntil(page, () -> assertThat(task(page, WAREHOUSE).locator(".task-state").textContent())
				.isEqualTo("CANCELLED"));

			// the page offers no task action on a stopped request; sent anyway (with the
			// session's CSRF token), recording the archive's task or sending it again is
			// refused with the reason, and nothing changes
			assertThat(task(page, WAREHOUSE).locator("form")).hasCount(0);
			String token = page.locator("input[name=_csrf]").first().inputValue();
			for (String action : List.of("completion", "retry")) {
				APIResponse refused = page.request()
					.post(browser
						.url("/staff/console/cases/" + requestId + "/tasks/" + WAREHOUSE + "/" + action + "?lang=en"),
							RequestOptions.create()
								.setMaxRedirects(0)
								.setForm(FormData.create()
									.set("_csrf", token)
									.set("reasonCode", action.equals("retry") ? "system-fixed" : "done-by-hand")
									.set("evidence", "Shredded by the archive, ticket WH-31")));
				assertThat(refused.status()).as(action).isEqualTo(409);
				assertThat(refused.text()).as(action)
					.contains("Refused, nothing was changed: the request was closed (CANCELLED)");
			}
			page.reload();
			assertThat(task(page, WAREHOUSE).locator(".task-state")).hasText("CANCELLED");
			page.waitForLoadState();
			assertThat(auditActions(page)).contains("case.cancelled").doesNotContain("task.completed", "task.retried");
		}

		assertThat(api.erasure(requestId).path("status").asString()).isEqualTo("CANCELLED");
		assertThat(api.task(requestId, WAREHOUSE).path("status").asString()).isEqualTo("CANCELLED");
		List<JsonNode> cancellations = entries("request-intake", requestId, "case.cancelled");
		assertThat(cancellations).hasSize(1);
		assertThat(cancellations.get(0).path("actor").asString()).isEqualTo("staff-agent");
		assertThat(cancellations.get(0).path("details").path("reasonCode").asString())
			.isEqualTo("withdrawn-by-subject");
		assertThat(journey.caseOf(requestId).path("status").asString()).isEqualTo("CLOSED");
	}

	@Test
	@Order(4)
	void noServiceLoggedASubjectsAddressAccountOrCode(CapturedOutput output) {
		String all = logs + output.getAll();
		requestIds.forEach((requestId) -> assertThat(all).contains(requestId));
		for (String secret : List.of(MANDATED_EMAIL, MANDATED_ACCOUNT, REFUSED_EMAIL, WITHDRAWN_EMAIL,
				WITHDRAWN_ACCOUNT)) {
			assertThat(all).doesNotContain(secret);
		}
		codes.forEach((code) -> assertThat(all).doesNotContain(code));
	}

	/** Submits a request through the public API and returns its id. */
	private static String submit(String body) {
		HttpResponse<String> response = journey.post(stack.urlOf("request-intake") + "/api/v1/requests", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String requestId = api.json(response).path("requestId").asString();
		requestIds.add(requestId);
		return requestId;
	}

	private static void confirmWithCode(String requestId, String email) {
		String code = journey.codeFromMailbox(email);
		codes.add(code);
		HttpResponse<String> confirmed = journey.confirm(requestId, code);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
	}

	/** A service's audit entries with this action about the request. */
	private static List<JsonNode> entries(String service, String requestId, String action) {
		return api.audit(service, requestId)
			.stream()
			.filter((entry) -> action.equals(entry.path("action").asString()))
			.toList();
	}

	private static Locator queueRow(Page page, String requestId) {
		return page.locator("#queue tr[data-case-id=\"" + requestId + "\"]");
	}

	private static Locator task(Page page, String systemId) {
		return page.locator("#tasks tr[data-system=\"" + systemId + "\"]");
	}

	/**
	 * This case's audit entries with the action, as the page lists them (a locator: the
	 * assertions wait for the page to be loaded).
	 */
	private static Locator audited(Page page, String action) {
		return page.locator("#audit li[data-action=\"" + action + "\"]");
	}

	/** The actions of this case's audit entries as the page lists them. */
	private static List<String> auditActions(Page page) {
		Object actions = page.locator("#audit li").evaluateAll("entries => entries.map(e => e.dataset.action)");
		return ((List<?>) actions).stream().map(String::valueOf).toList();
	}

}
