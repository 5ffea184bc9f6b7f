package org.oubli.intake.console;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console over real HTTP against the running service, the real broker and the
 * MongoDB wire server: sign-in per role, the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class ConsoleIT {

	@LocalServerPort
	private int port;

	@Autowired
	private CaseStore cases;

	@Autowired
	private AuditTrail audit;

	@Test
	void anAnonymousVisitorIsSentToTheSignInPage() {
		HttpResponse<String> answer = client().get("/staff/console/cases");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/staff/console/login");
	}

	@Test
	void eachRoleSignsInAndSeesTheQueue() {
		for (String role : List.of("agent", "admin", "auditor")) {
			ConsoleClient console = client().as(role);
			HttpResponse<String> queue = console.get("/staff/console/cases");
			assertThat(queue.statusCode()).as(role).isEqualTo(200);
			Document page = Jsoup.parse(queue.body());
			assertThat(page.select("#queue")).as(role).hasSize(1);
			assertThat(page.select("#signed-in-as").text()).startsWith("staff-" + role);
			assertThat(page.select("#nav-audit")).as(role + " audit link").hasSize(role.equals("agent") ? 0 : 1);
		}
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
		ConsoleClient console = client();
		HttpResponse<String> wrongPassword = console.signIn("staff-agent", "not-the-password");
		String wrongPasswordPage = console
			.get(wrongPassword.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body();
		HttpResponse<String> unknownUser = console.signIn("nobody-here", "not-the-password");
		String unknownUserPage = console
			.get(unknownUser.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body();

		assertThat(Jsoup.parse(wrongPasswordPage).select("#error").text())
			.isEqualTo("Sign-in failed: the user name or the password is not right.");
		assertThat(Jsoup.parse(unknownUserPage).select("#error").text())
			.isEqualTo(Jsoup.parse(wrongPasswordPage).select("#error").text());
		assertThat(console.get("/staff/console/cases").statusCode()).isEqualTo(302);
	}

	@Test
	void theSignInPageIsInFrenchForAFrenchBrowserByDefault() {
		ConsoleClient console = client();
		HttpResponse<String> page = console.get("/staff/console/login?lang=fr");

		Document html = Jsoup.parse(page.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("fr");
		assertThat(html.select("#sign-in").text()).isEqualTo("Se connecter");
		assertThat(html.select("#username")).hasSize(1);
		assertThat(html.select("#password")).hasSize(1);
	}

	@Test
	void theQueueListsOpenCasesSoonestDueFirstWithTheirSlaAndMaskedSubject() {
		String system = ConsoleCasesMother.freshSystem();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		String email = SubjectMother.freshEmail();
		CaseDocument onTrack = store(ConsoleCasesMother.running(RequestType.ERASURE, CaseStatus.IN_PROGRESS,
				today.plusDays(30), system, email));
		CaseDocument overdue = store(ConsoleCasesMother.running(RequestType.ACCESS, CaseStatus.VERIFIED,
				today.minusDays(2), system, SubjectMother.freshEmail()));
		CaseDocument atRisk = store(ConsoleCasesMother.running(RequestType.ERASURE, CaseStatus.NEEDS_ATTENTION,
				today.plusDays(3), system, SubjectMother.freshEmail()));
		CaseDocument ended = store(ConsoleCasesMother.running(RequestType.ERASURE, CaseStatus.COMPLETED,
				today.minusDays(10), system, SubjectMother.freshEmail()));

		ConsoleClient console = client().as("agent");
		Document page = Jsoup.parse(console.get("/staff/console/cases?system=" + system).body());

		assertThat(rows(page)).containsExactly(overdue.id(), atRisk.id(), onTrack.id());
		assertThat(sla(page, overdue.id())).isEqualTo("overdue");
		assertThat(sla(page, atRisk.id())).isEqualTo("at_risk");
		assertThat(sla(page, onTrack.id())).isEqualTo("on_track");
		Element first = row(page, onTrack.id());
		assertThat(first.select(".subject").text()).isEqualTo(email.charAt(0) + "•••@example.fr");
		assertThat(page.html()).doesNotContain(email);

		Document withEnded = Jsoup.parse(console.get("/staff/console/cases?ended=true&system=" + system).body());
		assertThat(rows(withEnded)).containsExactly(overdue.id(), atRisk.id(), onTrack.id(), ended.id());
	}

	@Test
	void theQueueFiltersByStatusTypeChannelJurisdictionSystemAndSla() {
		String system = ConsoleCasesMother.freshSystem();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		CaseDocument erasure = store(ConsoleCasesMother.running(RequestType.ERASURE, CaseStatus.IN_PROGRESS,
				today.plusDays(30), system, SubjectMother.freshEmail()));
		CaseDocument access = store(ConsoleCasesMother.running(RequestType.ACCESS, CaseStatus.VERIFIED,
				today.plusDays(2), system, SubjectMother.freshEmail()));
		CaseDocument paused = store(
				ConsoleCasesMother.paused(RequestType.ERASURE, today.plusDays(40), system, SubjectMother.freshEmail()));
		ConsoleClient console = client().as("auditor");
		String base = "/staff/console/cases?system=" + system;

		assertThat(rows(page(console, base + "&status=IN_PROGRESS"))).containsExactly(erasure.id());
		assertThat(rows(page(console, base + "&type=access"))).containsExactly(access.id());
		assertThat(rows(page(console, base + "&sla=at_risk"))).containsExactly(access.id());
		assertThat(rows(page(console, base + "&sla=paused"))).containsExactly(paused.id());
		assertThat(rows(page(console, base + "&channel=api&jurisdiction=EU-FR"))).hasSize(3);
		assertThat(rows(page(console, base + "&channel=email"))).isEmpty();
		assertThat(rows(page(console, "/staff/console/cases?system=" + ConsoleCasesMother.freshSystem()))).isEmpty();
		assertThat(sla(page(console, base), paused.id())).isEqualTo("paused");
	}

	@Test
	void theCountsAddUpPerStatusAndSla() {
		ConsoleClient console = client().as("agent");
		Document before = page(console, "/staff/console/cases");
		long inProgress = count(before, "IN_PROGRESS");
		store(ConsoleCasesMother.running(RequestType.ERASURE, CaseStatus.IN_PROGRESS,
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30), ConsoleCasesMother.freshSystem(),
				SubjectMother.freshEmail()));

		Document after = page(console, "/staff/console/cases");

		assertThat(count(after, "IN_PROGRESS")).isEqualTo(inProgress + 1);
		assertThat(after.select("#counts [data-state]")).hasSize(CaseStatus.values().length);
		assertThat(after.select("#counts li[data-sla]")).hasSize(4);
	}

	@Test
	void badFilterValuesAreNamedOnThePageNotAFailure() {
		ConsoleClient console = client().as("agent");

		HttpResponse<String> answer = console
			.get("/staff/console/cases?status=SHREDDED&sla=late&channel=pigeon&jurisdiction=XX&page=0");

		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("#filter-error [data-filter]").eachAttr("data-filter"))
			.containsExactlyInAnyOrder("status", "sla", "channel", "jurisdiction", "page");
		assertThat(page.select("#filter-error").attr("role")).isEqualTo("alert");
		assertThat(page.select("#queue tr[data-case-id]")).isEmpty();
	}

	@Test
	void theAuditPageIsForAuditorsAndAdministratorsWithTheChainCheckedAndExports() {
		this.audit.append("staff-agent", "case.extended", UUID.randomUUID().toString(),
				Map.of("reasonCode", "complexity"));
		ConsoleClient auditor = client().as("auditor");

		Document page = page(auditor, "/staff/console/audit");

		assertThat(page.select("#chain").attr("data-intact")).isEqualTo("true");
		assertThat(page.select("#audit-entries tr[data-action=case.extended]")).isNotEmpty();
		assertThat(page.select("#export-csv").attr("href")).contains("format=csv");
		assertThat(page.select("#export-json").attr("href")).contains("format=json");
		assertThat(page(client().as("admin"), "/staff/console/audit").select("#chain")).hasSize(1);

		HttpResponse<String> agent = client().as("agent").get("/staff/console/audit");
		assertThat(agent.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(agent.body()).select("#denied")).hasSize(1);
	}

	@Test
	void anAuditDownloadIsCsvOrJsonAndIsItselfRecorded() {
		String today = LocalDate.now(ZoneId.of("UTC")).toString();
		ConsoleClient auditor = client().as("auditor");

		HttpResponse<String> csv = auditor.get("/staff/console/audit/export?format=csv&from=" + today + "&to=" + today);

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		assertThat(csv.body()).startsWith("sequence,at,actor,action,requestId,details,previousHash,hash");
		AuditEntry recorded = this.audit.head();
		assertThat(recorded.action()).isEqualTo("audit.exported");
		assertThat(recorded.actor()).isEqualTo("staff-auditor");
		assertThat(recorded.details()).containsEntry("format", "csv").containsEntry("from", today);

		HttpResponse<String> json = auditor
			.get("/staff/console/audit/export?format=json&from=" + today + "&to=" + today);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).startsWith("[").contains("\"action\":\"audit.exported\"");
	}

	@Test
	void aBadAuditRangeIsNamedOnThePage() {
		ConsoleClient auditor = client().as("auditor");

		HttpResponse<String> answer = auditor.get("/staff/console/audit?from=yesterday&to=2026-01-01");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(answer.body()).select("#range-error [data-field]").eachAttr("data-field"))
			.containsExactly("from");
		HttpResponse<String> reversed = auditor.get("/staff/console/audit?from=2026-02-01&to=2026-01-01");
		assertThat(Jsoup.parse(reversed.body()).select("#range-error [data-field]").eachAttr("data-field"))
			.containsExactly("order");
	}

	@Test
	void signingOutEndsTheSession() {
		ConsoleClient console = client().as("agent");
		console.get("/staff/console/cases");

		HttpResponse<String> signedOut = console.postForm("/staff/console/logout", Map.of());

		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).contains("/staff/console/login");
		assertThat(console.get("/staff/console/cases").statusCode()).isEqualTo(302);
	}

	private CaseDocument store(CaseDocument document) {
		this.cases.insert(document);
		return document;
	}

	private static Document page(ConsoleClient console, String path) {
		HttpResponse<String> answer = console.get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		assertThat(answer.body()).as("every text of " + path + " is in the bundles").doesNotContain("??");
		return Jsoup.parse(answer.body());
	}

	private static List<String> rows(Document page) {
		return page.select("#queue tr[data-case-id]").eachAttr("data-case-id");
	}

	private static Element row(Document page, String id) {
		return page.selectFirst("#queue tr[data-case-id=" + id + "]");
	}

	private static String sla(Document page, String id) {
		return row(page, id).select(".sla-badge").attr("data-sla");
	}

	private static long count(Document page, String status) {
		return Long.parseLong(page.select("#counts [data-state=" + status + "] .count").text());
	}

	private ConsoleClient client() {
		return new ConsoleClient(this.port);
	}

}
