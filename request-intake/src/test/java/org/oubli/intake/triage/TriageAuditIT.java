package org.oubli.intake.triage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff decision on a triage item goes on the audit trail as
 * {@code triage.resolved}: who, which item, what was decided; a dismissal's free-text
 * reason only as its hash. A refused decision is not audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", "oubli.intake.dead-letters.topic-refresh=1s" })
@OubliIntegrationTest
class TriageAuditIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private TriageStore store;

	@Autowired
	private AuditTrail audit;

	@Test
	void aDismissalWithACodeIsAuditedWithTheCodeAndTheActor() throws Exception {
		TriageItem item = newItem();

		assertThat(resolve(item.id(), "{\"dismiss\":true,\"reason\":\"NEWSLETTER\"}", "staff-agent:dev-agent-password"))
			.isEqualTo(200);

		assertThat(entryOf(item.id())).satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("triage.resolved");
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.requestId()).isNull();
			assertThat(entry.details()).containsEntry("decision", "DISMISSED")
				.containsEntry("reasonCode", "NEWSLETTER")
				.doesNotContainKey("reasonSha256");
		});
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aFreeTextReasonIsAuditedOnlyAsItsHash() throws Exception {
		TriageItem item = newItem();

		assertThat(resolve(item.id(), "{\"dismiss\":true,\"reason\":\"Asked Jeanne Dupont by phone\"}",
				"staff-admin:dev-admin-password"))
			.isEqualTo(200);

		AuditEntry entry = entryOf(item.id());
		assertThat(entry.actor()).isEqualTo("staff-admin");
		assertThat(entry.details()).containsKey("reasonSha256").doesNotContainKey("reasonCode");
		assertThat(entry.details().toString()).doesNotContain("Jeanne");
	}

	@Test
	void openingRequestsIsAuditedWithTheTypesAndTheRequestOpened() throws Exception {
		TriageItem item = newItem();

		assertThat(resolve(item.id(), "{\"types\":[\"erasure\"]}", "staff-agent:dev-agent-password")).isEqualTo(200);

		AuditEntry entry = entryOf(item.id());
		String requestId = this.store.find(item.id()).orElseThrow().resolution().requestIds().get(0);
		assertThat(entry.requestId()).isEqualTo(requestId);
		assertThat(entry.details()).containsEntry("decision", "OPENED")
			.containsEntry("types", "ERASURE")
			.containsEntry("requestIds", requestId);
		assertThat(entry.details().toString()).doesNotContain(item.sender());
	}

	@Test
	void aRefusedDecisionIsNotAudited() throws Exception {
		TriageItem item = newItem();
		assertThat(resolve(item.id(), "{\"dismiss\":true,\"reason\":\"SPAM\"}", "staff-agent:dev-agent-password"))
			.isEqualTo(200);

		assertThat(resolve(item.id(), "{\"dismiss\":true,\"reason\":\"SPAM\"}", "staff-agent:dev-agent-password"))
			.isEqualTo(409);
		assertThat(resolve(item.id(), "{\"dismiss\":true,\"reason\":\"SPAM\"}", "staff-auditor:dev-auditor-password"))
			.isEqualTo(403);

		assertThat(entriesOf(item.id())).hasSize(1);
	}

	private TriageItem newItem() {
		TriageItem item = new TriageItem(UUID.randomUUID().toString(), TriageItem.Kind.TRIAGE, TriageItem.Status.OPEN,
				"email", Instant.now().truncatedTo(ChronoUnit.MILLIS),
				"triage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Question", "Hello",
				Language.FR, List.of(RequestType.ERASURE), List.of("not placed with confidence"), List.of(), 120, null,
				null, 0);
		assertThat(this.store.insertOnce(item)).isTrue();
		return item;
	}

	private AuditEntry entryOf(String itemId) {
		List<AuditEntry> entries = entriesOf(itemId);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private List<AuditEntry> entriesOf(String itemId) {
		return this.audit.between(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plusSeconds(60))
			.stream()
			.filter((entry) -> itemId.equals(entry.details().get("triageItemId")))
			.toList();
	}

	private int resolve(String itemId, String body, String credentials) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/staff/api/v1/triage/" + itemId + "/resolution"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

}
