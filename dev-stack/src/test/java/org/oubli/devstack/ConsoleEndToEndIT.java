package org.oubli.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.devstack.ConsoleBrowser.reloadUntil;
import static org.oubli.devstack.ConsoleScenario.ACCOUNT;
import static org.oubli.devstack.ConsoleScenario.EMAIL;
import static org.oubli.devstack.ConsoleScenario.FORGETFUL;
import static org.oubli.devstack.ConsoleScenario.WAREHOUSE;

/**
 * The staff console (request-intake, {@code /staff/console}) in headless Chromium against
 * the whole stack: the real erasure-worker, demo systems and partners, Kafka, the MongoDB
 * wire server and GreenMail. The case comes from {@link ConsoleScenario}: an erasure
 * confirmed with the emailed code, with a manual paper-archive task and a forgetful
 * partner that post-erasure verification catches.
 * <p>
 * The tests run in order on that one case, as staff would: anyone anonymous is sent to
 * sign in and a wrong password is refused in French and English; the agent records the
 * manual task, finds the case that then needs attention in the queue, extends it and,
 * once the partner is fixed, retries its task until the case completes; the auditor sees
 * the case and its audit but cannot act, and exports the extension as CSV; the admin
 * reveals the subject, which is audited. Finally, no service logged the subject's
 * address, account or code.
 * <p>
 * Its own stack (not {@link RunningStack}): the registry changes here and the timings are
 * short.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEndToEndIT {

	private static DevStack stack;

	private static ConsoleScenario scenario;

	private static ConsoleBrowser browser;

	private static String requestId;

	@BeforeAll
	static void start() {
		stack = DevStack.start(DevStackSettings.ephemeral(), ConsoleScenario.overrides());
		scenario = new ConsoleScenario(stack);
		requestId = scenario.open();
		browser = ConsoleBrowser.launch(stack.urlOf("request-intake"));
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
	void anonymousVisitorsAreSentToSignInAndAWrongPasswordIsRefusedInFrenchAndEnglish() {
		Map<String, String> refusals = Map.of("fr-FR", "Connexion refusée", "en-GB", "Sign-in failed");
		for (String locale : List.of("fr-FR", "en-GB")) {
			try (BrowserContext context = browser.context(locale)) {
				Page page = context.newPage();
				for (String path : List.of("/staff/console", "/staff/console/cases",
						"/staff/console/cases/" + requestId, "/staff/console/audit")) {
					page.navigate(browser.url(path));
					assertThat(page.url()).as(path).endsWith("/staff/console/login");
				}
				page.locator("#username").fill("staff-agent");
				page.locator("#password").fill("not-the-password");
				page.locator("#sign-in").click();
				assertThat(page.locator("#error")).containsText(refusals.get(locale));
				assertThat(page.locator("#error")).hasAttribute("role", "alert");
				assertThat(page.locator("html")).hasAttribute("lang", locale.substring(0, 2));
				assertThat(page.locator("#signed-in-as")).hasCount(0);
				page.navigate(browser.url("/staff/console/cases"));
				assertThat(page.url()).endsWith("/staff/console/login");
			}
		}
	}

	@Test
	@Order(2)
	void anAgentRecordsTheManualTaskThenExtendsTheCaseThatNeedsAttentionAndRetriesItsFailedTask() {
		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-agent", "dev-agent-password");

			// the queue of cases sent to the paper archive lists it; its page shows the
			// archive's task waiting for staff, and the subject masked
			page.navigate(browser.url("/staff/console/cases?system=" + WAREHOUSE));
			Locator row = queueRow(page);
			assertThat(row).isVisible();
			row.locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			assertThat(page.locator("#subject")).not().containsText(EMAIL);
			assertThat(page.locator("#subject")).not().containsText(ACCOUNT);
			assertThat(task(page, WAREHOUSE).locator(".task-state")).hasText("PENDING");

			// the agent records what the archive shredded
			Locator complete = task(page, WAREHOUSE).locator("form.complete-task");
			complete.locator("select[name=reasonCode]").selectOption("done-by-hand");
			complete.locator("textarea[name=evidence]").fill("Shredded by the archive, ticket WH-12");
			complete.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).containsText(WAREHOUSE);
			assertThat(task(page, WAREHOUSE).locator(".task-state")).hasText("DONE");
			assertThat(auditActions(page)).contains("task.completed");

			// every system answered, so verification runs and catches the forgetful
			// partner: its task fails with the reason
			reloadUntil(page, () -> {
				assertThat(task(page, FORGETFUL).locator(".task-state").textContent()).isEqualTo("FAILED");
				assertThat(task(page, FORGETFUL).locator(".task-error").textContent()).contains("still holds");
			});

			// the queue of cases that need attention lists it, with its SLA badge
			page.navigate(browser.url("/staff/console/cases?status=NEEDS_ATTENTION"));
			reloadUntil(page, () -> assertThat(queueRow(page).count()).isEqualTo(1));
			assertThat(queueRow(page).locator(".case-status")).hasAttribute("data-status", "NEEDS_ATTENTION");
			assertThat(queueRow(page).locator(".sla-badge")).hasAttribute("data-sla", "on_track");
			assertThat(page.locator("#counts [data-state=NEEDS_ATTENTION] .count")).hasText("1");

			// the agent extends the deadline, with a reason
			queueRow(page).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			String dueBefore = scenario.caseView().path("dueOn").asString();
			assertThat(page.locator("#due-on")).hasAttribute("datetime", dueBefore);
			int timelineBefore = page.locator("#timeline li").count();
			Locator extend = page.locator("#extend-form");
			extend.locator("select[name=reasonCode]").selectOption("complexity");
			extend.locator("textarea[name=reason]").fill("The archive holds ten years of paper forms to search.");
			extend.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).isVisible();
			String dueAfter = scenario.caseView().path("dueOn").asString();
			assertThat(dueAfter).isGreaterThan(dueBefore);
			assertThat(page.locator("#flash")).containsText(dueAfter);
			assertThat(page.locator("#due-on")).hasAttribute("datetime", dueAfter);
			assertThat(page.locator("#extended")).hasAttribute("data-extended", "true");
			assertThat(page.locator("#timeline li[data-type=DeadlineExtended]")).hasCount(1);
			assertThat(page.locator("#timeline li").count()).isGreaterThan(timelineBefore);
			assertThat(auditActions(page)).contains("case.extended");

			// the partner is fixed; the agent sends its task again, and the case
			// completes
			scenario.healForgetfulPartner();
			Locator retry = task(page, FORGETFUL).locator("form.retry-task");
			retry.locator("select[name=reasonCode]").selectOption("system-fixed");
			retry.locator("[type=submit]").click();
			assertThat(page.locator("#flash")).containsText(FORGETFUL);
			assertThat(auditActions(page)).contains("task.retried");
			reloadUntil(page, () -> {
				assertThat(task(page, FORGETFUL).locator(".task-state").textContent()).isEqualTo("DONE");
				assertThat(page.locator("#status").getAttribute("data-status")).isEqualTo("COMPLETED");
			});
			assertThat(page.locator("#timeline li[data-type=ErasureCompleted]")).hasCount(1);
			assertThat(page.locator("#no-actions")).isVisible();
			assertThat(page.content()).doesNotContain(EMAIL).doesNotContain(ACCOUNT);
			assertThat(scenario.erasure().path("status").asString()).isEqualTo("COMPLETED");
		}
	}

	@Test
	@Order(3)
	void anAuditorSeesTheCaseAndItsAuditButHasNoActionAndAConsolePostIsRefused() {
		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-auditor", "dev-auditor-password");
			page.navigate(browser.url("/staff/console/cases?ended=true"));
			queueRow(page).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			assertThat(auditActions(page)).contains("task.completed", "case.extended", "task.retried");
			for (String form : List.of("#reveal-form", "#extend-form", "#approve-form", "#deny-form", "#cancel-form",
					"form.retry-task", "form.complete-task")) {
				assertThat(page.locator(form).count()).as(form).isZero();
			}

			// a console POST by an auditor is refused for the role (the session's CSRF
			// token is sent: the refusal is not the token's), and nothing is revealed
			String token = page.locator("input[name=_csrf]").first().inputValue();
			for (String action : List.of("reveal", "extension", "tasks/" + FORGETFUL + "/retry")) {
				APIResponse refused = page.request()
					.post(browser.url("/staff/console/cases/" + requestId + "/" + action + "?lang=en"),
							RequestOptions.create()
								.setMaxRedirects(0)
								.setForm(FormData.create()
									.set("_csrf", token)
									.set("reasonCode", "search-systems")
									.set("reason", "An auditor tries.")));
				assertThat(refused.status()).as(action).isEqualTo(403);
				assertThat(refused.text()).as(action).contains("Your role does not allow this").doesNotContain(EMAIL);
			}
			page.reload();
			assertThat(auditActions(page)).doesNotContain("subject.revealed");
		}
	}

	@Test
	@Order(4)
	void anAuditorDownloadsTheAuditCsvAndItHoldsTheExtensionOfTheCase() throws IOException {
		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-auditor", "dev-auditor-password");
			page.navigate(browser.url("/staff/console/audit"));
			assertThat(page.locator("#chain")).hasAttribute("data-intact", "true");
			assertThat(page.locator("#audit-entries tr[data-action=\"case.extended\"]")).hasCount(1);
			Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
			String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(exported.lines())
				.anySatisfy((line) -> assertThat(line).contains("case.extended").contains(requestId));
			assertThat(exported).doesNotContain(EMAIL).doesNotContain(ACCOUNT);
			// the download itself is on the trail
			page.reload();
			assertThat(page.locator("#audit-entries tr[data-action=\"audit.exported\"]")).hasCount(1);
		}
	}

	@Test
	@Order(5)
	void anAdminSeesTheQueueAndTheCaseAndRevealingTheSubjectIsAudited() {
		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-admin", "dev-admin-password");
			// the agent's work completed the case: it is listed with the ended ones
			page.navigate(browser.url("/staff/console/cases?ended=true"));
			assertThat(queueRow(page).locator(".case-status")).hasAttribute("data-status", "COMPLETED");
			queueRow(page).locator("a.case-link").click();
			page.waitForURL("**/staff/console/cases/" + requestId);
			assertThat(page.locator("#subject")).not().containsText(EMAIL);

			Locator reveal = page.locator("#reveal-form");
			reveal.locator("select[name=reasonCode]").selectOption("search-systems");
			reveal.locator("[type=submit]").click();
			assertThat(page.locator("#subject .email")).hasText(EMAIL);
			assertThat(page.locator("#subject .account")).hasText(ACCOUNT);
			assertThat(auditActions(page)).contains("subject.revealed");
			// shown for that answer only
			page.navigate(browser.url("/staff/console/cases/" + requestId));
			assertThat(page.locator("#subject")).not().containsText(EMAIL);
		}
	}

	@Test
	@Order(5)
	void anAdminDisablesAndReEnablesASystemFromTheRegistryPageAndErasureWorkerAuditsIt() {
		try (BrowserContext context = browser.context("en-GB")) {
			Page page = browser.signIn(context, "staff-admin", "dev-admin-password");
			page.locator("#nav-systems").click();
			page.waitForURL("**/staff/console/systems");
			Locator messaging = page.locator("#systems tr[data-system-id=\"messaging\"]");
			assertThat(messaging).hasAttribute("data-enabled", "true");
			long version = Long.parseLong(messaging.getAttribute("data-version"));

			messaging.locator("form.disable-system select[name=reasonCode]").selectOption("system-outage");
			messaging.locator("form.disable-system [type=submit]").click();
			assertThat(page.locator("#flash")).containsText("System messaging disabled");
			assertThat(messaging).hasAttribute("data-enabled", "false");
			assertThat(messaging).hasAttribute("data-version", String.valueOf(version + 1));

			messaging.locator("form.enable-system select[name=reasonCode]").selectOption("system-restored");
			messaging.locator("form.enable-system [type=submit]").click();
			assertThat(page.locator("#flash")).containsText("System messaging enabled");
			assertThat(messaging).hasAttribute("data-enabled", "true");
			assertThat(messaging).hasAttribute("data-version", String.valueOf(version + 2));
		}
		StaffApi api = scenario.api();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		JsonNode audit = api.json(api.send("GET",
				stack.urlOf("erasure-worker") + "/staff/api/v1/audit?from=" + today + "&to=" + today + "&format=json",
				StaffApi.ADMIN, null));
		List<String> registryChanges = new ArrayList<>();
		for (JsonNode entry : audit) {
			if ("messaging".equals(entry.path("details").path("systemId").asString(""))) {
				registryChanges.add(entry.path("actor").asString() + " " + entry.path("action").asString());
			}
		}
		assertThat(registryChanges).containsSubsequence("staff-admin via oubli-console-admin system.disabled",
				"staff-admin via oubli-console-admin system.enabled");
	}

	@Test
	@Order(6)
	void noServiceLoggedTheSubjectsAddressAccountOrCode(CapturedOutput logs) {
		assertThat(logs.getAll()).contains(requestId)
			.doesNotContain(EMAIL)
			.doesNotContain(ACCOUNT)
			.doesNotContain(scenario.code());
	}

	private static Locator queueRow(Page page) {
		return page.locator("#queue tr[data-case-id=\"" + requestId + "\"]");
	}

	private static Locator task(Page page, String systemId) {
		return page.locator("#tasks tr[data-system=\"" + systemId + "\"]");
	}

	/** The actions of this case's audit entries as the page lists them. */
	private static List<String> auditActions(Page page) {
		Object actions = page.locator("#audit li").evaluateAll("entries => entries.map(e => e.dataset.action)");
		return ((List<?>) actions).stream().map(String::valueOf).toList();
	}

}
