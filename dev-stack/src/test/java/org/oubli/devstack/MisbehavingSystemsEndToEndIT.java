package org.oubli.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.oubli.erasure.certificate.CertificateVerifier;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The misbehaving partners (demo-partners) in the whole stack, through the public APIs
 * only: an admin registers the flaky, slow, malformed and forgetful connectors and
 * enables the manual paper archive and the Stripe processor; a subject asks for erasure
 * and confirms with the emailed code. The flaky system is erased after its failures
 * (durable retries), the slow and malformed ones fail with their last error and the case
 * needs attention (staff are emailed, naming them), Stripe's privacy contact gets the
 * Art. 19 email, staff record the manual, processor and taken-over tasks, post-erasure
 * verification catches the forgetful partner, and once it is fixed and retried the case
 * completes with a certificate that verifies with the published key.
 * <p>
 * Its own stack (not {@link RunningStack}): the registry changes here and the short retry
 * and escalation timings must not reach the other end-to-end tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class MisbehavingSystemsEndToEndIT {

	private static final String EMAIL = "lucas.bernard@example.fr";

	private static final String ACCOUNT = "acc-1002";

	private static final String STRIPE_CONTACT = "privacy@stripe.example";

	private static final String STAFF_MAILBOX = "privacy-team@oubli.localhost";

	/** Retrying stops, and tasks go to a person, this long after the fan-out. */
	private static final Duration WINDOW = Duration.ofSeconds(30);

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final String ADMIN = basic("staff-admin", "dev-admin-password");

	private static final String AGENT = basic("staff-agent", "dev-agent-password");

	private static DevStack stack;

	private static DemoData demo;

	private static ErasureJourney journey;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void start() {
		stack = DevStack.start(DevStackSettings.ephemeral(), shortTimings());
		demo = new DemoData(stack.mongoUri());
		journey = new ErasureJourney(stack);
	}

	@AfterAll
	static void stop() {
		if (demo != null) {
			demo.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	/** Small retry and escalation timings; the dev stack keeps the services' defaults. */
	private static Map<String, Map<String, Object>> shortTimings() {
		Map<String, Object> worker = new LinkedHashMap<>();
		// in-memory retries: two calls per round, quickly
		worker.put("resilience4j.retry.configs.default.max-attempts", 2);
		worker.put("resilience4j.retry.configs.default.wait-duration", "10ms");
		worker.put("resilience4j.retry.configs.default.exponential-max-wait-duration", "40ms");
		// the slow partner answers after 3 s: give up after 1 s
		worker.put("resilience4j.timelimiter.instances.slow-partner.base-config", "default");
		worker.put("resilience4j.timelimiter.instances.slow-partner.timeout-duration", "1s");
		// no circuit breaker opening in the middle: the test is about the durable retries
		worker.put("resilience4j.circuitbreaker.configs.default.sliding-window-size", 10000);
		worker.put("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", 10000);
		// durable retries every second or so; with a margin larger than any due date, the
		// escalation time is the minimum window after the fan-out
		worker.put("oubli.erasure.retry.initial-delay", "PT0.5S");
		worker.put("oubli.erasure.retry.max-delay", "PT1S");
		worker.put("oubli.erasure.retry.escalation-margin", "P400D");
		worker.put("oubli.erasure.retry.minimum-window", WINDOW.toString());
		worker.put("oubli.erasure.retry.staff-retry-window", "PT60S");
		worker.put("oubli.erasure.dispatch.escalate-after", WINDOW.toString());
		worker.put("oubli.erasure.dispatch.sweep-interval", "PT0.2S");
		worker.put("oubli.erasure.dispatch.redispatch-after", "PT10S");
		worker.put("oubli.erasure.certificate.dev-key-file", "target/partners-e2e-certificate-key.json");
		return Map.of("erasure-worker", worker, "demo-partners", Map.of("oubli.demo.partners.slow-delay", "PT3S"));
	}

	@Test
	void misbehavingPartnersEndErasedOrWithAPersonAndTheCaseCompletesOnceTheyAreFixed(CapturedOutput logs) {
		String partners = stack.urlOf("demo-partners");
		// an admin registers the partners and enables the paper archive and Stripe
		register(system("flaky-partner", "Flaky partner", partners, category("account", "ERASE")));
		register(system("slow-partner", "Slow partner", partners, category("sessions", "ERASE")));
		register(system("malformed-partner", "Malformed partner", partners, category("newsletter", "ERASE")));
		register(system("forgetful-partner", "Forgetful partner", partners, category("profile", "ERASE"),
				category("invoices", "RETAIN")));
		for (String systemId : List.of("warehouse", "stripe")) {
			HttpResponse<String> enabled = send("POST", worker("/staff/api/v1/systems/" + systemId + "/enable"), ADMIN,
					null);
			assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
			assertThat(json(enabled).path("enabled").asBoolean()).isTrue();
		}
		assertThat(partnerRecords("forgetful-partner", "profile")).isEqualTo(1);

		// the subject asks and confirms with the code from the mailbox
		String requestId = journey.submit(EMAIL, "en", ACCOUNT).path("requestId").asString();
		String code = journey.codeFromMailbox(EMAIL);
		HttpResponse<String> confirmed = journey.confirm(requestId, code);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

		// the plan holds every enabled system, the partners and the two staff tasks
		await().atMost(PATIENCE).until(() -> send("GET", erasure(requestId), AGENT, null).statusCode() == 200);
		assertThat(tasksOf(requestId).keySet()).containsExactly("profiles", "payments", "messaging", "warehouse",
				"stripe", "flaky-partner", "slow-partner", "malformed-partner", "forgetful-partner");
		assertThat(task(requestId, "stripe").path("mode").asString()).isEqualTo("processor-email");
		assertThat(task(requestId, "warehouse").path("staffTask").asBoolean()).isTrue();

		// Art. 19: Stripe's privacy contact is asked to erase, with the request id and
		// the
		// identifiers the registry gives it (the email only), in French and English
		MimeMessage toStripe = awaitMailContaining(STRIPE_CONTACT, requestId);
		String stripeText = MailboxPage.safeText(toStripe);
		assertThat(stripeText).contains("19").contains("RGPD").contains("GDPR").contains("psp-customer");
		assertThat(stripeText).contains(EMAIL).doesNotContain(ACCOUNT);
		// the paper archive is the staff's to do
		assertThat(MailboxPage.safeText(awaitMailContaining(STAFF_MAILBOX, "warehouse"))).contains(requestId);

		// staff record what the archive shredded and what Stripe confirmed
		complete(requestId, "warehouse", "shredded by the archive, ticket WH-12", "paper-forms", 2);
		complete(requestId, "stripe", "Stripe confirmation SR-2291", "psp-customer", 1);

		// the flaky partner is erased after its 503s: more calls than one round allows
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(task(requestId, "flaky-partner").path("status").asString()).isEqualTo("DONE"));
		JsonNode flaky = task(requestId, "flaky-partner");
		assertThat(flaky.path("attempts").asInt()).isGreaterThan(3);
		assertThat(flaky.path("outcomes").get(0).path("category").asString()).isEqualTo("account");
		assertThat(flaky.path("outcomes").get(0).path("outcome").asString()).isEqualTo("ERASED");
		assertThat(flaky.path("outcomes").get(0).path("records").asInt()).isEqualTo(1);
		assertThat(partnerRecords("flaky-partner", "account")).isZero();

		// the slow and the malformed partners are retried until the window closes, then
		// handed to a person with their last error
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(task(requestId, "slow-partner").path("status").asString()).isEqualTo("FAILED");
			assertThat(task(requestId, "malformed-partner").path("status").asString()).isEqualTo("FAILED");
		});
		JsonNode slow = task(requestId, "slow-partner");
		JsonNode malformed = task(requestId, "malformed-partner");
		assertThat(slow.path("lastError").asString()).contains("no answer in time");
		assertThat(malformed.path("lastError").asString()).contains("unreadable answer");
		assertThat(slow.path("attempts").asInt()).isGreaterThan(2);
		assertThat(malformed.path("attempts").asInt()).isGreaterThan(2);
		assertThat(task(requestId, "warehouse").path("status").asString()).isEqualTo("DONE");
		assertThat(task(requestId, "stripe").path("status").asString()).isEqualTo("DONE");

		// the case needs attention, and staff are told which systems failed and why
		JsonNode held = journey.awaitStatus(requestId, "NEEDS_ATTENTION");
		assertThat(systemState(held, "slow-partner")).isEqualTo("FAILED");
		assertThat(systemState(held, "malformed-partner")).isEqualTo("FAILED");
		assertThat(systemState(held, "flaky-partner")).isEqualTo("DONE");
		List<String> alerts = new ArrayList<>();
		await().atMost(PATIENCE).untilAsserted(() -> {
			alerts.clear();
			journey.mailTo(STAFF_MAILBOX)
				.stream()
				.filter((message) -> ErasureJourney.subjectOf(message).contains(requestId))
				.map(MailboxPage::safeText)
				.forEach(alerts::add);
			assertThat(alerts).anySatisfy(
					(text) -> assertThat(text).contains("System slow-partner failed").contains("no answer in time"));
			assertThat(alerts).anySatisfy((text) -> assertThat(text).contains("System malformed-partner failed")
				.contains("unreadable answer"));
		});
		assertThat(String.join("\n", alerts)).doesNotContain(EMAIL).doesNotContain(ACCOUNT);

		// staff take the two over and record what they did by hand; every system
		// answered,
		// so verification runs and catches the forgetful partner, which kept the profile
		complete(requestId, "slow-partner", "sessions purged by the partner, ticket SP-3", "sessions", 1);
		complete(requestId, "malformed-partner", "unsubscribed by hand, ticket MP-8", "newsletter", 1);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(task(requestId, "forgetful-partner").path("status").asString())
				.isEqualTo("FAILED"));
		assertThat(task(requestId, "forgetful-partner").path("lastError").asString())
			.startsWith("post-erasure verification: category 'profile' still holds 1 record");
		assertThat(job(requestId).path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(send("GET", erasure(requestId) + "/certificate", AGENT, null).statusCode()).isEqualTo(409);
		assertThat(journey.awaitStatus(requestId, "NEEDS_ATTENTION").path("timeline").toString())
			.contains("System forgetful-partner failed");
		assertThat(partnerRecords("forgetful-partner", "profile")).isEqualTo(1);

		// the forgetful partner is fixed and staff send it again: the case completes
		HttpResponse<String> fixed = send("PUT", partners + "/forgetful-partner/behaviour/keeps-data", null, "false");
		assertThat(fixed.statusCode()).isEqualTo(204);
		HttpResponse<String> retried = send("POST", erasure(requestId) + "/tasks/forgetful-partner/retry", AGENT, "");
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(job(requestId).path("status").asString()).isEqualTo("COMPLETED"));
		JsonNode completed = journey.awaitStatus(requestId, "COMPLETED");
		assertThat(partnerRecords("forgetful-partner", "profile")).isZero();
		assertThat(partnerRecords("forgetful-partner", "invoices")).as("retained").isEqualTo(1);
		assertThat(partnerRecords("slow-partner", "sessions")).as("the slow partner did erase, late").isZero();

		// receipts and verification per task
		Map<String, JsonNode> tasks = tasksOf(requestId);
		assertThat(tasks.values()).allSatisfy((task) -> assertThat(task.path("status").asString()).isEqualTo("DONE"));
		assertThat(verification(tasks, "profiles")).isEqualTo("verified");
		assertThat(verification(tasks, "payments")).isEqualTo("verified");
		assertThat(verification(tasks, "flaky-partner")).isEqualTo("verified");
		assertThat(verification(tasks, "forgetful-partner")).isEqualTo("verified");
		assertThat(verification(tasks, "slow-partner")).isEqualTo("verified");
		assertThat(verification(tasks, "malformed-partner")).as("no records endpoint").isEqualTo("not-verifiable");
		assertThat(verification(tasks, "warehouse")).isEqualTo("not-verifiable");
		assertThat(verification(tasks, "stripe")).isEqualTo("not-verifiable");
		JsonNode forgetful = tasks.get("forgetful-partner");
		assertThat(forgetful.path("outcomes").toString()).contains("\"category\":\"profile\"")
			.contains("\"outcome\":\"ERASED\"")
			.contains("\"category\":\"invoices\"")
			.contains("\"outcome\":\"RETAINED\"");
		assertThat(tasks.get("stripe").path("outcomes").get(0).path("outcome").asString()).isEqualTo("ERASED");
		List<String> steps = new ArrayList<>();
		completed.path("timeline").forEach((entry) -> steps.add(entry.path("type").asString()));
		assertThat(steps).filteredOn("ErasureCompleted"::equals).hasSize(1);
		assertThat(steps).filteredOn("SystemErasureFailed"::equals).hasSizeGreaterThanOrEqualTo(3);

		// the certificate verifies with the published key and holds no personal data
		HttpResponse<String> certificate = send("GET", erasure(requestId) + "/certificate", AGENT, null);
		assertThat(certificate.statusCode()).as(certificate.body()).isEqualTo(200);
		Optional<String> statement = CertificateVerifier.verify(certificate.body(), publicKeys());
		assertThat(statement).hasValueSatisfying((text) -> assertThat(text).contains(requestId)
			.contains("\"systemId\":\"forgetful-partner\"")
			.contains("\"systemId\":\"stripe\"")
			.doesNotContain(EMAIL)
			.doesNotContain(ACCOUNT)
			.doesNotContain("SR-2291"));

		// no service or partner logged the subject's address, account or code on the way
		assertThat(logs.getAll()).contains(requestId)
			.doesNotContain(EMAIL)
			.doesNotContain(ACCOUNT)
			.doesNotContain(code);
	}

	// --- the admin's and staff's calls ---

	private void register(String body) {
		HttpResponse<String> created = send("POST", worker("/staff/api/v1/systems"), ADMIN, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(json(created).path("enabled").asBoolean()).isTrue();
	}

	private static String system(String id, String name, String partnersUrl, String... categories) {
		return """
				{"id":"%s","displayName":"%s","owner":"Partners team","mode":"HTTP","baseUrl":"%s/%s",
				 "identifiers":["email","account-id"],"categories":[%s]}""".formatted(id, name, partnersUrl, id,
				String.join(",", categories));
	}

	private static String category(String name, String action) {
		String retain = "RETAIN".equals(action)
				? ",\"legalBasis\":\"Code de commerce, art. L123-22\",\"retainFor\":\"P10Y\"" : "";
		return """
				{"name":"%s","action":"%s"%s,"recipients":["Partners team"],
				 "purpose":{"en":"Demo partner data","fr":"Données du partenaire de démonstration"},
				 "retention":{"en":"Until erasure","fr":"Jusqu'à l'effacement"},
				 "source":{"en":"You","fr":"Vous-même"}}""".formatted(name, action, retain);
	}

	private void complete(String requestId, String systemId, String evidence, String category, int records) {
		HttpResponse<String> recorded = send("POST", erasure(requestId) + "/tasks/" + systemId + "/completion", AGENT,
				"{\"evidence\":\"" + evidence + "\",\"outcomes\":[{\"category\":\"" + category
						+ "\",\"outcome\":\"ERASED\",\"records\":" + records + "}]}");
		assertThat(recorded.statusCode()).as(systemId + ": " + recorded.body()).isEqualTo(200);
		assertThat(task(requestId, systemId).path("status").asString()).isEqualTo("DONE");
	}

	private JsonNode job(String requestId) {
		HttpResponse<String> response = send("GET", erasure(requestId), AGENT, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private Map<String, JsonNode> tasksOf(String requestId) {
		Map<String, JsonNode> tasks = new LinkedHashMap<>();
		job(requestId).path("tasks").forEach((task) -> tasks.put(task.path("systemId").asString(), task));
		return tasks;
	}

	private JsonNode task(String requestId, String systemId) {
		JsonNode task = tasksOf(requestId).get(systemId);
		assertThat(task).as(systemId).isNotNull();
		return task;
	}

	private static String verification(Map<String, JsonNode> tasks, String systemId) {
		return tasks.get(systemId).path("verification").path("state").asString();
	}

	private static String systemState(JsonNode caseView, String systemId) {
		for (JsonNode system : caseView.path("systems")) {
			if (systemId.equals(system.path("systemId").asString())) {
				return system.path("state").asString();
			}
		}
		return null;
	}

	private JWKSet publicKeys() {
		try {
			return JWKSet.parse(send("GET", worker("/api/v1/certificates/public-key"), null, null).body());
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MimeMessage awaitMailContaining(String address, String text) {
		MimeMessage[] found = new MimeMessage[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
			found[0] = journey.mailTo(address)
				.stream()
				.filter((message) -> MailboxPage.safeText(message).contains(text))
				.findFirst()
				.orElse(null);
			return found[0] != null;
		});
		return found[0];
	}

	private long partnerRecords(String partner, String category) {
		return demo.count("demo-partners", "partner-records",
				and(eq("partner", partner), eq("category", category), eq("accountId", ACCOUNT)));
	}

	private static String worker(String path) {
		return stack.urlOf("erasure-worker") + path;
	}

	private static String erasure(String requestId) {
		return worker("/staff/api/v1/erasures/" + requestId);
	}

	private HttpResponse<String> send(String method, String url, String authorization, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + url + " failed", ex);
		}
	}

	private JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
