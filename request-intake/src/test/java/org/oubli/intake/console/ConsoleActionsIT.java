package org.oubli.intake.console;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.cases.CaseSubject;
import org.oubli.intake.cases.RequestDetails;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.SystemState;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.StubService;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.intake.fixtures.IntakeHttp.json;

/**
 * The case page and every console action over real HTTP, against the real broker and the
 * MongoDB wire server; erasure-worker and identity-verification are small in-test HTTP
 * servers recording what the console sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake",
				"oubli.console.service-account.password=test-console-password", "oubli.console.read-timeout=1s" })
@OubliIntegrationTest
class ConsoleActionsIT {

	private static final StubService ERASURE = new StubService();

	private static final StubService VERIFICATION = new StubService();

	private static final String CONSOLE_BASIC = "Basic " + Base64.getEncoder()
		.encodeToString("oubli-console:test-console-password".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	@Autowired
	private CaseStore cases;

	@Autowired
	private AuditTrail audit;

	@DynamicPropertySource
	static void otherServices(DynamicPropertyRegistry registry) {
		registry.add("oubli.console.erasure-url", ERASURE::url);
		registry.add("oubli.console.verification-url", VERIFICATION::url);
	}

	@AfterAll
	static void stopStubs() {
		ERASURE.close();
		VERIFICATION.close();
	}

	@Test
	void theCasePageShowsTheCaseWithTheSubjectMasked() {
		String email = SubjectMother.freshEmail();
		String id = open(json("type", "access", "email", email, "country", "FR"));

		Document page = page(agent(), id);

		assertThat(page.select("#subject .email").text()).isEqualTo(email.charAt(0) + "•••@example.fr");
		assertThat(page.html()).doesNotContain(email);
		assertThat(page.select("#timeline li").eachAttr("data-type")).contains("RequestReceived");
		assertThat(page.select("#due-on").attr("datetime")).isNotBlank();
		assertThat(page.select("#clock-state").attr("data-clock")).isEqualTo("PAUSED");
		assertThat(page.select("#extend-form, #approve-form, #deny-form, #cancel-form, #reveal-form")).hasSize(5);
		assertThat(page.select("#extend-form select[name=reasonCode]")).hasSize(1);
		assertThat(page.select("#extend-form textarea[name=reason]")).hasSize(1);
	}

	@Test
	void anUnknownOrMalformedReferenceIsTheNotFoundPage() {
		ConsoleClient console = agent();

		HttpResponse<String> unknown = console.get("/staff/console/cases/" + UUID.randomUUID());
		HttpResponse<String> malformed = console.get("/staff/console/cases/not-a-reference");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(unknown.body()).select("#not-found").text()).isEqualTo("No case has this reference.");
		assertThat(malformed.statusCode()).isEqualTo(404);
		assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
	}

	@Test
	void revealingTheSubjectIsAuditedAndShowsItForThatAnswerOnly() {
		String email = SubjectMother.freshEmail();
		String id = open(json("type", "erasure", "email", email, "accountId", "acc-1002"));
		ConsoleClient console = agent();
		page(console, id);

		HttpResponse<String> noReason = console.postForm(path(id, "reveal"), Map.of());
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noReason.body()).select("#reveal-reasonCode-error").text())
			.isEqualTo("Choose a reason code.");
		assertThat(noReason.body()).doesNotContain(email);
		assertThat(actions(id)).doesNotContain("subject.revealed");

		HttpResponse<String> revealed = console.postForm(path(id, "reveal"), Map.of("reasonCode", "contact-subject"));

		assertThat(revealed.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(revealed.body());
		assertThat(page.select("#subject .email").text()).isEqualTo(email);
		assertThat(page.select("#subject .account").text()).isEqualTo("acc-1002");
		AuditEntry entry = last(id);
		assertThat(entry.action()).isEqualTo("subject.revealed");
		assertThat(entry.actor()).isEqualTo("staff-agent");
		assertThat(entry.details()).containsEntry("reasonCode", "contact-subject");
		assertThat(page(console, id).select("#subject .email").text()).isNotEqualTo(email);
	}

	@Test
	void anExtensionIsMadeOnceAndShowsInTheTimelineAndTheAudit() {
		String id = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		ConsoleClient console = agent();
		page(console, id);
		String reason = "Ten years of invoices in three systems";

		HttpResponse<String> extended = console.postForm(path(id, "extension"),
				Map.of("reasonCode", "complexity", "reason", reason));

		assertThat(extended.statusCode()).isEqualTo(302);
		Document page = followed(console, extended);
		assertThat(page.select("#flash").text()).startsWith("Deadline extended to");
		assertThat(page.select("#extended").attr("data-extended")).isEqualTo("true");
		assertThat(page.select("#timeline li").eachAttr("data-type")).contains("DeadlineExtended");
		assertThat(page.select("#audit li[data-action=case.extended]")).hasSize(1);
		AuditEntry entry = last(id);
		assertThat(entry.action()).isEqualTo("case.extended");
		assertThat(entry.actor()).isEqualTo("staff-agent");
		assertThat(entry.details()).containsEntry("reasonCode", "complexity")
			.containsEntry("reasonSha256", ActionForm.sha256(reason))
			.containsKey("newDueOn");
		assertThat(entry.details().values()).doesNotContain(reason);

		long version = version(id);
		HttpResponse<String> again = console.postForm(path(id, "extension"),
				Map.of("reasonCode", "complexity", "reason", "Still more invoices"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(again.body()).select("#error").text()).startsWith("Refused, nothing was changed:")
			.contains("already extended");
		assertThat(Jsoup.parse(again.body()).select("#error").attr("role")).isEqualTo("alert");
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void anExtensionAfterTheFirstPeriodIsRefusedWithTheReasonAndChangesNothing() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		CaseDocument late = store(build(RequestType.ACCESS, CaseStatus.VERIFIED, today.minusDays(3),
				new DeadlineClock(ClockState.RUNNING, today.minusMonths(1).minusDays(3), null, 0, false), List.of(),
				null));
		ConsoleClient console = agent();
		page(console, late.id());

		HttpResponse<String> refused = console.postForm(path(late.id(), "extension"),
				Map.of("reasonCode", "complexity", "reason", "Too late"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).select("#error").text()).contains("cannot be extended");
		assertThat(version(late.id())).isEqualTo(late.version());
		assertThat(this.audit.ofRequest(late.id())).isEmpty();
	}

	@Test
	void aFormWithoutReasonComesBackWithTheErrorsNextToTheFieldsAndChangesNothing() {
		String id = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		ConsoleClient console = agent();
		page(console, id);
		long version = version(id);

		HttpResponse<String> answer = console.postForm(path(id, "extension"), Map.of("reasonCode", "", "reason", " "));

		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("#extend-reasonCode-error").text()).isEqualTo("Choose a reason code.");
		assertThat(page.select("#extend-reason-error").text()).isEqualTo("Write the text the subject will read.");
		assertThat(page.select("#extend-reason").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#error").text()).isEqualTo("The form has errors: nothing was changed.");
		assertThat(version(id)).isEqualTo(version);
		assertThat(this.audit.ofRequest(id)).isEmpty();

		HttpResponse<String> unknownCode = console.postForm(path(id, "refusal"),
				Map.of("reasonCode", "because-i-said-so", "reason", "No"));
		assertThat(unknownCode.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(unknownCode.body()).select("#deny-reasonCode-error").text())
			.isEqualTo("Choose one of the reason codes listed.");
		assertThat(Jsoup.parse(unknownCode.body()).select("#deny-reason").text()).isEqualTo("No");
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void approvingAStaffTaskClosesItAndASecondApprovalIsRefused() {
		CaseDocument task = store(running(RequestType.RECTIFICATION, CaseStatus.AWAITING_STAFF));
		ConsoleClient console = agent();
		page(console, task.id());

		HttpResponse<String> approved = console.postForm(path(task.id(), "approval"),
				Map.of("reasonCode", "carried-out", "reason", "Surname corrected in the profile"));

		assertThat(approved.statusCode()).isEqualTo(302);
		Document page = followed(console, approved);
		assertThat(page.select("#status").attr("data-status")).isEqualTo("CLOSED");
		assertThat(page.select("#closure-reason").attr("data-reason")).isEqualTo("HANDLED_BY_STAFF");
		assertThat(last(task.id()).action()).isEqualTo("case.approved");
		assertThat(page.select("#approve-form")).isEmpty();

		long version = version(task.id());
		HttpResponse<String> again = console.postForm(path(task.id(), "approval"),
				Map.of("reasonCode", "carried-out", "reason", "Again"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(again.body()).select("#error").text()).contains("CLOSED");
		assertThat(version(task.id())).isEqualTo(version);
		assertThat(actions(task.id())).containsOnlyOnce("case.approved");
	}

	@Test
	void approvingWhereNothingWaitsForApprovalIsRefused() {
		CaseDocument inProgress = store(running(RequestType.ACCESS, CaseStatus.IN_PROGRESS));
		ConsoleClient console = agent();
		page(console, inProgress.id());

		HttpResponse<String> refused = console.postForm(path(inProgress.id(), "approval"),
				Map.of("reasonCode", "carried-out", "reason", "Done"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).select("#error").text())
			.isEqualTo("Refused, nothing was changed: nothing waits for an approval in status IN_PROGRESS.");
		assertThat(version(inProgress.id())).isEqualTo(inProgress.version());
	}

	@Test
	void anAuthorizedAgentsIdentityIsApprovedThroughIdentityVerificationOnBehalfOfTheAgent() {
		CaseDocument review = store(build(RequestType.ERASURE, CaseStatus.AWAITING_VERIFICATION,
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30),
				DeadlineClock.start(org.oubli.intake.deadline.IdentityWait.PAUSE, LocalDate.now(), true), List.of(),
				new RequestDetails(null, null, "FR", true)));
		String attestation = "/staff/api/v1/verifications/" + review.id() + "/attestation";
		VERIFICATION.answer("POST", attestation, 201, "{\"decision\":\"APPROVED\"}");
		ConsoleClient console = agent();
		Document before = page(console, review.id());
		assertThat(before.select("#approve-form h3").text()).isEqualTo("Approve the identity and mandate");

		HttpResponse<String> approved = console.postForm(path(review.id(), "approval"),
				Map.of("reasonCode", "mandate-verified", "reason", "Signed mandate and ID checked"));

		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(VERIFICATION.received("POST", attestation)).singleElement().satisfies((sent) -> {
			assertThat(sent.authorization()).isEqualTo(CONSOLE_BASIC);
			assertThat(sent.onBehalfOf()).isEqualTo("staff-agent");
			assertThat(sent.body()).contains("\"decision\":\"APPROVED\"", "\"method\":\"console: mandate-verified\"");
		});
		AuditEntry entry = last(review.id());
		assertThat(entry.action()).isEqualTo("case.approved");
		assertThat(entry.details()).containsEntry("review", "identity").containsEntry("reasonCode", "mandate-verified");

		HttpResponse<String> twice = console.postForm(path(review.id(), "approval"),
				Map.of("reasonCode", "mandate-verified", "reason", "Again"));
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(twice.body()).select("#error").text()).contains("already approved");
		assertThat(VERIFICATION.received("POST", attestation)).hasSize(1);
	}

	@Test
	void aRefusalClosesTheCaseWithTheReasons() {
		String id = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "GB"));
		ConsoleClient console = agent();
		page(console, id);

		HttpResponse<String> denied = console.postForm(path(id, "refusal"),
				Map.of("reasonCode", "excessive", "reason", "The same request was answered last week"));

		assertThat(denied.statusCode()).isEqualTo(302);
		CaseDocument closed = this.cases.find(id).orElseThrow();
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.closure().reason()).isEqualTo(ClosureReason.REFUSED);
		assertThat(closed.closure().explanation()).isEqualTo("The same request was answered last week");
		assertThat(closed.timeline()).extracting(TimelineEntry::type).contains("RequestClosed");
		AuditEntry entry = last(id);
		assertThat(entry.action()).isEqualTo("case.closed");
		assertThat(entry.details()).containsEntry("reason", "REFUSED").containsEntry("reasonCode", "excessive");
	}

	@Test
	void aCancellationAtTheSubjectsRequestClosesTheCase() {
		String id = open(json("type", "erasure", "email", SubjectMother.freshEmail()));
		ConsoleClient console = agent();
		page(console, id);

		HttpResponse<String> cancelled = console.postForm(path(id, "cancellation"),
				Map.of("reasonCode", "withdrawn-by-subject", "reason", "You asked us by phone to stop"));

		assertThat(cancelled.statusCode()).isEqualTo(302);
		Document page = followed(console, cancelled);
		assertThat(page.select("#closure-reason").attr("data-reason")).isEqualTo("CANCELLED");
		assertThat(last(id).action()).isEqualTo("case.cancelled");
		assertThat(page.select("#audit li[data-action=case.cancelled]")).hasSize(1);
	}

	@Test
	void aCancelledErasureOffersNoTaskActionAndTheConsoleRefusesThemWithoutCallingErasureWorker() {
		String id = open(json("type", "erasure", "email", SubjectMother.freshEmail()));
		String job = "/staff/api/v1/erasures/" + id;
		ERASURE.answer("GET", job, 200, """
				{"requestId":"%s","status":"CANCELLED","tasks":[
				 {"systemId":"warehouse","mode":"manual","status":"CANCELLED","staffTask":true,"attempts":0}]}
				""".formatted(id));
		ConsoleClient console = agent();
		page(console, id);
		assertThat(console
			.postForm(path(id, "cancellation"),
					Map.of("reasonCode", "withdrawn-by-subject", "reason", "You asked us by phone to stop"))
			.statusCode()).isEqualTo(302);

		Document page = page(console, id);
		assertThat(page.select("#tasks tr[data-system=warehouse] .task-state").text()).isEqualTo("CANCELLED");
		assertThat(page.select("#tasks tr[data-system=warehouse] form")).isEmpty();

		HttpResponse<String> retried = console.postForm(path(id, "tasks/warehouse/retry"),
				Map.of("reasonCode", "system-fixed"));
		HttpResponse<String> completed = console.postForm(path(id, "tasks/warehouse/completion"),
				Map.of("reasonCode", "done-by-hand", "evidence", "Shredded, ticket WH-31"));

		assertThat(retried.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(retried.body()).select("#error").text()).isEqualTo(
				"Refused, nothing was changed: the request was closed (CANCELLED); its open tasks are cancelled.");
		assertThat(completed.statusCode()).isEqualTo(409);
		assertThat(ERASURE.received("POST", job + "/tasks/warehouse/retry")).isEmpty();
		assertThat(ERASURE.received("POST", job + "/tasks/warehouse/completion")).isEmpty();
		assertThat(actions(id)).contains("case.cancelled").doesNotContain("task.retried", "task.completed");
	}

	@Test
	void anAuditorSeesNoActionAndEveryPostIsRefusedWithAPage() {
		String id = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		ConsoleClient auditor = new ConsoleClient(this.port).as("auditor");
		Document page = page(auditor, id);
		assertThat(page.select("form#extend-form, form#approve-form, form#deny-form, form#cancel-form, #reveal-form"))
			.isEmpty();
		long version = version(id);

		for (String action : List.of("extension", "approval", "refusal", "cancellation", "reveal")) {
			HttpResponse<String> answer = auditor.postForm(path(id, action),
					Map.of("reasonCode", "complexity", "reason", "x"));
			assertThat(answer.statusCode()).as(action).isEqualTo(403);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(Jsoup.parse(answer.body()).select("#denied").text())
				.isEqualTo("Your role does not allow this. Nothing was changed.");
			page(auditor, id);
		}
		assertThat(version(id)).isEqualTo(version);
		assertThat(this.audit.ofRequest(id)).isEmpty();
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefused() {
		String id = open(json("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		ConsoleClient console = agent();
		long version = version(id);

		HttpResponse<String> answer = console.postRaw(path(id, "extension"),
				Map.of("reasonCode", "complexity", "reason", "x"));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(answer.body()).select("#denied").text()).startsWith("The form has expired");
		assertThat(version(id)).isEqualTo(version);
		assertThat(this.audit.ofRequest(id)).isEmpty();
	}

	@Test
	void theTasksComeFromTheCaseAndErasureWorkerAndAFailedTaskIsRetriedOnBehalfOfTheAgent() {
		CaseDocument erasure = store(build(RequestType.ERASURE, CaseStatus.NEEDS_ATTENTION,
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
				new DeadlineClock(ClockState.RUNNING, LocalDate.now().minusDays(10), null, 0, false),
				List.of(new SystemProgress("profiles", "Profiles", SystemState.DONE,
						List.of(CategoryOutcome.erased("profile", 1)), null),
						new SystemProgress("payments", "Payments", SystemState.FAILED, List.of(), "gave up")),
				null));
		String job = "/staff/api/v1/erasures/" + erasure.id();
		ERASURE.answer("GET", job, 200, """
				{"requestId":"%s","status":"IN_PROGRESS","tasks":[
				 {"systemId":"profiles","mode":"http","status":"DONE","staffTask":false,"attempts":1},
				 {"systemId":"payments","mode":"http","status":"FAILED","staffTask":true,"attempts":4,
				  "lastError":"HTTP 503 from the connector","escalateAt":"2026-12-01T10:00:00Z",
				  "categories":[{"category":"invoices","action":"RETAIN","legalBasis":"Code de commerce L123-22",
				  "retainUntil":"2036-01-01"},{"category":"card","action":"ERASE"}]}]}
				""".formatted(erasure.id()));
		ERASURE.answer("POST", job + "/tasks/payments/retry", 200, "{}");
		ERASURE.answer("POST", job + "/tasks/payments/completion", 400, """
				{"type":"https://oubli.org/problems/invalid-input","status":400,
				 "detail":"category 'invoices' is retained beyond the instructed date"}""");
		ConsoleClient console = agent();

		Document page = page(console, erasure.id());

		assertThat(page.select("#tasks tr[data-system=payments] .task-state").text()).isEqualTo("FAILED");
		assertThat(page.select("#tasks tr[data-system=payments] .task-error").text())
			.isEqualTo("HTTP 503 from the connector");
		assertThat(page.select("#tasks tr[data-system=profiles] .task-state").text()).isEqualTo("DONE");
		assertThat(page.select("#tasks tr[data-system=profiles]").text()).contains("profile: erased, 1");
		assertThat(page.select("#tasks tr[data-system=payments] form.retry-task")).hasSize(1);
		assertThat(page.select("#tasks tr[data-system=payments] form.complete-task textarea[name=evidence]"))
			.hasSize(1);
		assertThat(page.select("#tasks tr[data-system=profiles] form")).isEmpty();

		HttpResponse<String> retried = console.postForm(path(erasure.id(), "tasks/payments/retry"),
				Map.of("reasonCode", "system-fixed"));

		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(followed(console, retried).select("#flash").text())
			.isEqualTo("The task of payments was sent again.");
		assertThat(ERASURE.received("POST", job + "/tasks/payments/retry")).singleElement().satisfies((sent) -> {
			assertThat(sent.authorization()).isEqualTo(CONSOLE_BASIC);
			assertThat(sent.onBehalfOf()).isEqualTo("staff-agent");
		});
		assertThat(last(erasure.id()).action()).isEqualTo("task.retried");
		assertThat(last(erasure.id()).details()).containsEntry("system", "payments")
			.containsEntry("reasonCode", "system-fixed");

		HttpResponse<String> completion = console.postForm(path(erasure.id(), "tasks/payments/completion"),
				Map.of("reasonCode", "done-by-hand", "evidence", "Ticket PAY-4411, card data removed by J."));

		assertThat(completion.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(completion.body()).select("#error").text())
			.isEqualTo("Refused by erasure-worker, nothing was changed: "
					+ "category 'invoices' is retained beyond the instructed date");
		assertThat(ERASURE.received("POST", job + "/tasks/payments/completion")).singleElement()
			.satisfies((sent) -> assertThat(sent.body()).contains("\"evidence\":\"Ticket PAY-4411",
					"\"outcome\":\"RETAINED\"", "\"legalBasis\":\"Code de commerce L123-22\"",
					"\"retainedUntil\":\"2036-01-01\"", "\"category\":\"card\"", "\"outcome\":\"ERASED\""));
		assertThat(actions(erasure.id())).doesNotContain("task.completed");
	}

	@Test
	void aTaskMarkedDoneIsRecordedWithTheFingerprintOfTheEvidence() {
		CaseDocument erasure = store(build(RequestType.ERASURE, CaseStatus.IN_PROGRESS,
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
				new DeadlineClock(ClockState.RUNNING, LocalDate.now().minusDays(10), null, 0, false),
				List.of(SystemProgress.pending("partners", "Partners")), null));
		String job = "/staff/api/v1/erasures/" + erasure.id();
		ERASURE.answer("GET", job, 200,
				"""
						{"requestId":"%s","status":"IN_PROGRESS","tasks":[{"systemId":"partners","mode":"manual",
						 "status":"PENDING","staffTask":true,"attempts":0,"categories":[{"category":"leads","action":"ERASE"}]}]}
						"""
					.formatted(erasure.id()));
		ERASURE.answer("POST", job + "/tasks/partners/completion", 200, "{}");
		ConsoleClient console = agent();
		page(console, erasure.id());
		String evidence = "Partner confirmed deletion, ref P-77";

		HttpResponse<String> missing = console.postForm(path(erasure.id(), "tasks/partners/completion"),
				Map.of("reasonCode", "processor-confirmed", "evidence", ""));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(missing.body()).select("#complete-partners-evidence-error").text())
			.isEqualTo("Write what proves the task is done.");
		HttpResponse<String> done = console.postForm(path(erasure.id(), "tasks/partners/completion"),
				Map.of("reasonCode", "processor-confirmed", "evidence", evidence));

		assertThat(done.statusCode()).isEqualTo(302);
		AuditEntry entry = last(erasure.id());
		assertThat(entry.action()).isEqualTo("task.completed");
		assertThat(entry.details()).containsEntry("system", "partners")
			.containsEntry("evidenceSha256", ActionForm.sha256(evidence));
	}

	@Test
	void theCasePageRendersWhenErasureWorkerDoesNotAnswer() {
		CaseDocument erasure = store(build(RequestType.ERASURE, CaseStatus.IN_PROGRESS,
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20),
				new DeadlineClock(ClockState.RUNNING, LocalDate.now().minusDays(10), null, 0, false),
				List.of(SystemProgress.pending("profiles", "Profiles")), null));
		ERASURE.slow("GET", "/staff/api/v1/erasures/" + erasure.id(), Duration.ofSeconds(4));

		Document page = page(agent(), erasure.id());

		assertThat(page.select("#job-notice").attr("data-lookup")).isEqualTo("UNREACHABLE");
		assertThat(page.select("#tasks tr[data-system=profiles] .task-state").text()).isEqualTo("PENDING");
		assertThat(page.select("#timeline li")).isNotEmpty();
	}

	private String open(String body) {
		IntakeHttp.Answer accepted = new IntakeHttp(this.port).postRequest(body);
		assertThat(accepted.status()).isEqualTo(202);
		return accepted.json().path("requestId").asString();
	}

	private CaseDocument running(RequestType type, CaseStatus status) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		return build(type, status, today.plusDays(20),
				new DeadlineClock(ClockState.RUNNING, today.minusDays(5), null, 0, false), List.of(), null);
	}

	private static CaseDocument build(RequestType type, CaseStatus status, LocalDate dueOn, DeadlineClock clock,
			List<SystemProgress> systems, RequestDetails details) {
		String id = UUID.randomUUID().toString();
		Instant receivedAt = Instant.now().minusSeconds(86_400);
		return new CaseDocument(id, type,
				CaseSubject.of(new Subject(EmailAddress.of(SubjectMother.freshEmail()), null, Language.EN)), "api",
				"EU-FR", receivedAt, dueOn, status,
				List.of(new TimelineEntry(UUID.randomUUID().toString(), "RequestReceived", receivedAt, "received")),
				systems, List.of(), List.of(), 1, false, clock, details, null, null, null, null);
	}

	private CaseDocument store(CaseDocument document) {
		this.cases.insert(document);
		return document;
	}

	private ConsoleClient agent() {
		return new ConsoleClient(this.port).as("agent");
	}

	private static Document page(ConsoleClient console, String id) {
		HttpResponse<String> answer = console.get("/staff/console/cases/" + id);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).as("every text is in the bundles").doesNotContain("??");
		return Jsoup.parse(answer.body());
	}

	private static Document followed(ConsoleClient console, HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> answer = console.get(location);
		assertThat(answer.statusCode()).isEqualTo(200);
		return Jsoup.parse(answer.body());
	}

	private static String path(String id, String action) {
		return "/staff/console/cases/" + id + "/" + action;
	}

	private long version(String id) {
		return this.cases.find(id).orElseThrow().version();
	}

	private AuditEntry last(String id) {
		List<AuditEntry> entries = this.audit.ofRequest(id);
		assertThat(entries).isNotEmpty();
		return entries.get(entries.size() - 1);
	}

	private List<String> actions(String id) {
		return this.audit.ofRequest(id).stream().map(AuditEntry::action).toList();
	}

}
