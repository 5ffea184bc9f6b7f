package org.oubli.devstack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case the staff console end-to-end test works on, set up through the public APIs of
 * the whole stack: an admin registers the forgetful partner (demo-partners: it
 * acknowledges an erasure but keeps the data until switched) and enables the manual paper
 * archive; a subject asks for erasure and confirms with the code read from the real
 * mailbox. The fan-out then leaves the archive as a staff task; once staff record it,
 * post-erasure verification catches the forgetful partner and its task fails, so the case
 * needs attention. Switching the partner to erase makes a retry succeed.
 */
final class ConsoleScenario {

	static final String EMAIL = "lea.dubois@example.fr";

	static final String ACCOUNT = "acc-1003";

	/** The HTTP system whose task fails, and recovers once switched. */
	static final String FORGETFUL = "forgetful-partner";

	/** The manual system: a staff task from the fan-out on. */
	static final String WAREHOUSE = "warehouse";

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final DevStack stack;

	private final StaffApi api;

	private final ErasureJourney journey;

	private String requestId;

	private String code;

	ConsoleScenario(DevStack stack) {
		this.stack = stack;
		this.api = new StaffApi(stack);
		this.journey = new ErasureJourney(stack);
	}

	/**
	 * Settings for a quick scenario; the dev stack keeps the services' defaults (and
	 * wires the console to the other services itself).
	 * @return the overrides per application
	 */
	static Map<String, Map<String, Object>> overrides() {
		Map<String, Object> worker = new LinkedHashMap<>();
		worker.put("resilience4j.retry.configs.default.max-attempts", 2);
		worker.put("resilience4j.retry.configs.default.wait-duration", "10ms");
		worker.put("resilience4j.retry.configs.default.exponential-max-wait-duration", "40ms");
		worker.put("resilience4j.circuitbreaker.configs.default.sliding-window-size", 10000);
		worker.put("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", 10000);
		worker.put("oubli.erasure.retry.initial-delay", "PT0.5S");
		worker.put("oubli.erasure.retry.max-delay", "PT1S");
		worker.put("oubli.erasure.dispatch.sweep-interval", "PT0.2S");
		worker.put("oubli.erasure.dispatch.redispatch-after", "PT10S");
		worker.put("oubli.erasure.certificate.dev-key-file", "target/console-e2e-certificate-key.json");
		return Map.of("erasure-worker", worker);
	}

	/**
	 * Registers the systems, submits and confirms the erasure, and waits for the fan-out:
	 * the archive's staff task pending, every HTTP and Kafka system done.
	 * @return the request id
	 */
	String open() {
		this.api.register(forgetfulPartner(this.stack.urlOf("demo-partners")));
		this.api.enable(WAREHOUSE);
		this.requestId = this.journey.submit(EMAIL, "fr", ACCOUNT).path("requestId").asString();
		this.code = this.journey.codeFromMailbox(EMAIL);
		HttpResponse<String> confirmed = this.journey.confirm(this.requestId, this.code);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		await().atMost(PATIENCE).until(() -> this.api.erasureExists(this.requestId));
		await().atMost(PATIENCE).untilAsserted(() -> {
			Map<String, JsonNode> tasks = this.api.tasks(this.requestId);
			assertThat(tasks.keySet()).containsExactly("profiles", "payments", "messaging", WAREHOUSE, FORGETFUL);
			assertThat(tasks.get(WAREHOUSE).path("staffTask").asBoolean()).isTrue();
			assertThat(tasks.get(WAREHOUSE).path("status").asString()).isEqualTo("PENDING");
			for (String done : new String[] { "profiles", "payments", "messaging", FORGETFUL }) {
				assertThat(tasks.get(done).path("status").asString()).as(done).isEqualTo("DONE");
			}
		});
		return this.requestId;
	}

	/**
	 * Makes the forgetful partner erase from now on: a retry of its task then succeeds.
	 */
	void healForgetfulPartner() {
		HttpResponse<String> fixed = this.api.send("PUT",
				this.stack.urlOf("demo-partners") + "/" + FORGETFUL + "/behaviour/keeps-data", null, "false");
		assertThat(fixed.statusCode()).isEqualTo(204);
	}

	JsonNode task(String systemId) {
		return this.api.task(this.requestId, systemId);
	}

	JsonNode erasure() {
		return this.api.erasure(this.requestId);
	}

	/** The case as the public API shows it. */
	JsonNode caseView() {
		return this.journey.caseOf(this.requestId);
	}

	JsonNode awaitStatus(String status) {
		return this.journey.awaitStatus(this.requestId, status);
	}

	StaffApi api() {
		return this.api;
	}

	String requestId() {
		return this.requestId;
	}

	/** The verification code the subject received (never to be logged). */
	String code() {
		return this.code;
	}

	private static String forgetfulPartner(String partnersUrl) {
		return """
				{"id":"%1$s","displayName":"Forgetful partner","owner":"Partners team","mode":"HTTP",
				 "baseUrl":"%2$s/%1$s","identifiers":["email","account-id"],
				 "categories":[%3$s,%4$s]}""".formatted(FORGETFUL, partnersUrl, category("profile", "ERASE"),
				category("invoices", "RETAIN"));
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

}
