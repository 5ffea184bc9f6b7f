package org.oubli.intake.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.CaseSubject;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.testsupport.HeadlessChromium;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in a real browser (headless Chromium driven by Playwright, as the web
 * form's browser test) against the running service with the real broker and MongoDB: each
 * role signs in; an agent filters the queue, opens a case, extends it and sees the change
 * in the timeline and the case's audit list; an administrator sees the actions and the
 * audit page; an auditor sees no action and downloads the audit as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class ConsoleBrowserIT {

	private static HeadlessChromium chromium;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private CaseStore cases;

	@BeforeAll
	static void launchChromium() {
		chromium = HeadlessChromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anAgentFiltersTheQueueOpensACaseAndExtendsIt() {
		String system = ConsoleCasesMother.freshSystem();
		CaseDocument target = store(open(RequestType.ACCESS, system, 25));
		CaseDocument other = store(open(RequestType.ERASURE, system, 10));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = signIn(context, "staff-agent", "dev-agent-password");
			assertThat(page.locator("#signed-in-as")).hasText("staff-agent (agent)");
			assertThat(page.locator("#nav-audit")).hasCount(0);

			page.locator("#filter-system").fill(system);
			page.locator("#filter-type").selectOption("ACCESS");
			page.locator("#apply-filters").click();
			assertThat(page.locator("#queue tr[data-case-id]")).hasCount(1);
			assertThat(page.locator("#queue tr[data-case-id='" + other.id() + "']")).hasCount(0);
			page.locator("#queue tr[data-case-id='" + target.id() + "'] a.case-link").click();

			page.waitForURL(Pattern.compile(".*/staff/console/cases/" + target.id()));
			assertThat(page.locator("#subject .email")).hasText(Pattern.compile("^.•••@example\\.fr$"));
			assertThat(page.locator("#extended")).hasAttribute("data-extended", "false");
			page.locator("#extend-reasonCode").selectOption("complexity");
			page.locator("#extend-reason").fill("The request covers ten years of invoices.");
			page.locator("#extend-form button[type=submit]").click();

			assertThat(page.locator("#flash")).containsText("Deadline extended to");
			assertThat(page.locator("#extended")).hasAttribute("data-extended", "true");
			assertThat(page.locator("#timeline li[data-type=DeadlineExtended]")).hasCount(1);
			assertThat(page.locator("#audit li[data-action='case.extended'] .actor")).hasText("staff-agent");
			assertThat(page.locator("#error")).hasCount(0);
		}
		assertThat(this.cases.find(target.id()).orElseThrow().clock().extended()).isTrue();
	}

	@Test
	void anAgentSeesTheReasonWhenAnExtensionIsRefused() {
		CaseDocument extended = store(open(RequestType.ACCESS, ConsoleCasesMother.freshSystem(), 25));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
			Page page = signIn(context, "staff-agent", "dev-agent-password");
			page.navigate(base() + "/staff/console/cases/" + extended.id());
			page.locator("#extend-reasonCode").selectOption("complexity");
			page.locator("#extend-reason").fill("Première prolongation.");
			page.locator("#extend-form button[type=submit]").click();
			assertThat(page.locator("#flash")).containsText("Délai prolongé");

			page.locator("#extend-reasonCode").selectOption("number-of-requests");
			page.locator("#extend-reason").fill("Seconde prolongation.");
			page.locator("#extend-form button[type=submit]").click();

			assertThat(page.locator("#error")).containsText("Refusé, rien n’a été modifié");
			assertThat(page.locator("#timeline li[data-type=DeadlineExtended]")).hasCount(1);
		}
	}

	@Test
	void anAdministratorSeesTheActionsAndTheAuditPage() {
		CaseDocument target = store(open(RequestType.ERASURE, ConsoleCasesMother.freshSystem(), 20));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = signIn(context, "staff-admin", "dev-admin-password");
			assertThat(page.locator("#signed-in-as")).hasText("staff-admin (administrator)");

			page.navigate(base() + "/staff/console/cases/" + target.id());
			assertThat(page.locator("#extend-form")).isVisible();
			assertThat(page.locator("#approve-form")).isVisible();
			assertThat(page.locator("#deny-form")).isVisible();
			assertThat(page.locator("#cancel-form")).isVisible();
			assertThat(page.locator("#reveal-form")).isVisible();

			page.locator("#nav-audit").click();
			assertThat(page.locator("#chain")).hasAttribute("data-intact", "true");
		}
	}

	@Test
	void anAuditorSeesNoActionAndDownloadsTheAuditAsCsv() throws IOException {
		CaseDocument target = store(open(RequestType.ERASURE, ConsoleCasesMother.freshSystem(), 20));
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true))) {
			Page page = signIn(context, "staff-auditor", "dev-auditor-password");
			assertThat(page.locator("#signed-in-as")).hasText("staff-auditor (auditor)");

			page.navigate(base() + "/staff/console/cases/" + target.id());
			assertThat(page.locator("#timeline li")).not().hasCount(0);
			assertThat(page.locator("#extend-form, #approve-form, #deny-form, #cancel-form, #reveal-form")).hasCount(0);
			assertThat(page.locator("form.retry-task, form.complete-task")).hasCount(0);

			page.locator("#nav-audit").click();
			assertThat(page.locator("#chain")).hasAttribute("data-intact", "true");
			Download download = page.waitForDownload(() -> page.locator("#export-csv").click());

			assertThat(download.suggestedFilename()).startsWith("oubli-audit-").endsWith(".csv");
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(csv).startsWith("sequence,at,actor,action,requestId,details,previousHash,hash");
		}
	}

	@Test
	void aWrongPasswordShowsTheMessageInFrench() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
			Page page = context.newPage();
			page.navigate(base() + "/staff/console/cases");
			page.waitForURL(Pattern.compile(".*/staff/console/login.*"));
			page.locator("#username").fill("staff-agent");
			page.locator("#password").fill("wrong");
			page.locator("#sign-in").click();

			assertThat(page.locator("#error"))
				.hasText("Connexion refusée : le nom d’utilisateur ou le mot de passe n’est pas correct.");
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
		}
	}

	private Page signIn(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(base() + "/staff/console");
		page.waitForURL(Pattern.compile(".*/staff/console/login.*"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#sign-in").click();
		page.waitForURL(Pattern.compile(".*/staff/console/cases.*"));
		assertThat(page.locator("#queue")).isVisible();
		return page;
	}

	/** An open case sent to {@code system}, its clock running since a few days. */
	private static CaseDocument open(RequestType type, String system, int daysLeft) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		String id = UUID.randomUUID().toString();
		Instant receivedAt = Instant.now().minusSeconds(5 * 86_400);
		return new CaseDocument(id, type,
				CaseSubject.of(new Subject(EmailAddress.of(SubjectMother.freshEmail()), null, Language.EN)), "api",
				"EU-FR", receivedAt, today.plusDays(daysLeft), CaseStatus.VERIFIED,
				List.of(new TimelineEntry(UUID.randomUUID().toString(), "RequestReceived", receivedAt, "received")),
				List.of(SystemProgress.pending(system, system)), List.of(), List.of(), 1, false,
				new DeadlineClock(ClockState.RUNNING, today.minusDays(5), null, 0, false), null, null, null, null,
				null);
	}

	private CaseDocument store(CaseDocument document) {
		this.cases.insert(document);
		return document;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
