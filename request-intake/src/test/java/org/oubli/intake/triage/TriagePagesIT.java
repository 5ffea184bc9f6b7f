package org.oubli.intake.triage;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's triage page over real HTTP: open items with the sender masked and the
 * classifier's signals, never the text; agents open requests or dismiss with a reason
 * code (audited), refusals come back as {@code #error}; auditors see no form and cannot
 * post.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", "oubli.intake.dead-letters.topic-refresh=1s" })
@OubliIntegrationTest
class TriagePagesIT {

	private static final String PAGE = "/staff/console/triage";

	@LocalServerPort
	private int port;

	@Autowired
	private TriageStore store;

	@Autowired
	private AuditTrail audit;

	@Test
	void anAgentSeesTheMaskedSenderAndSignalsAndDismissesWithAReasonCode() {
		TriageItem item = newItem();
		ConsoleClient console = new ConsoleClient(this.port).as("agent");

		Document page = page(console, PAGE);
		Element row = row(page, item.id());
		assertThat(row.select(".sender").text()).isEqualTo(MaskedAddress.of(item.sender()));
		assertThat(row.select(".suggested").attr("data-type")).isEqualTo("ERASURE");
		assertThat(row.select(".reasons li").text()).isEqualTo("mentions deletion but asks a question");
		assertThat(console.lastPage()).doesNotContain(item.sender(), "Bonjour, please delete my secrets");

		Document refused = follow(console, console.postForm(PAGE + "/" + item.id() + "/dismissal", Map.of()));
		assertThat(refused.select("#error").text()).startsWith("Choose a reason");
		assertThat(refused.select("tr[data-triage-id=" + item.id() + "]")).hasSize(1);

		Document done = follow(console,
				console.postForm(PAGE + "/" + item.id() + "/dismissal", Map.of("reasonCode", "NEWSLETTER")));

		assertThat(done.select("#flash").text()).isEqualTo("Dismissed.");
		assertThat(done.select("tr[data-triage-id=" + item.id() + "]")).isEmpty();
		assertThat(this.store.find(item.id()).orElseThrow().status()).isEqualTo(TriageItem.Status.DISMISSED);
		AuditEntry entry = entryOf(item.id());
		assertThat(entry.actor()).isEqualTo("staff-agent");
		assertThat(entry.details()).containsEntry("decision", "DISMISSED").containsEntry("reasonCode", "NEWSLETTER");

		Document again = follow(console,
				console.postForm(PAGE + "/" + item.id() + "/dismissal", Map.of("reasonCode", "SPAM")));
		assertThat(again.select("#error").text()).startsWith("Refused: this item was already decided");
	}

	@Test
	void anAgentOpensTheRequestTheMessageAsksFor() {
		TriageItem item = newItem();
		ConsoleClient console = new ConsoleClient(this.port).as("admin");
		page(console, PAGE + "?lang=fr");

		Document done = follow(console,
				console.postForm(PAGE + "/" + item.id() + "/requests", Map.of("types", "ERASURE", "language", "fr")));

		assertThat(done.select("#flash").text()).startsWith("1 demande ouverte");
		TriageItem resolved = this.store.find(item.id()).orElseThrow();
		assertThat(resolved.status()).isEqualTo(TriageItem.Status.RESOLVED);
		assertThat(resolved.resolution().types()).containsExactly(RequestType.ERASURE);
		assertThat(entryOf(item.id()).details()).containsEntry("decision", "OPENED").containsEntry("types", "ERASURE");

		Document none = follow(console, console.postForm(PAGE + "/" + newItem().id() + "/requests", Map.of()));
		assertThat(none.select("#error").text()).startsWith("Cochez au moins un droit");
	}

	@Test
	void anAuditorSeesTheItemsWithoutFormsAndCannotDecide() {
		TriageItem item = newItem();
		ConsoleClient auditor = new ConsoleClient(this.port).as("auditor");

		Document page = page(auditor, PAGE);
		assertThat(row(page, item.id()).select("form")).isEmpty();
		HttpResponse<String> post = auditor.postForm(PAGE + "/" + item.id() + "/dismissal",
				Map.of("reasonCode", "SPAM"));

		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(this.store.find(item.id()).orElseThrow().status()).isEqualTo(TriageItem.Status.OPEN);
	}

	private TriageItem newItem() {
		TriageItem item = new TriageItem(UUID.randomUUID().toString(), TriageItem.Kind.TRIAGE, TriageItem.Status.OPEN,
				"email", Instant.now().truncatedTo(ChronoUnit.MILLIS),
				"page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Question",
				"Bonjour, please delete my secrets", Language.FR, List.of(RequestType.ERASURE),
				List.of("mentions deletion but asks a question"), List.of(), 120, null, null, 0);
		assertThat(this.store.insertOnce(item)).isTrue();
		return item;
	}

	private AuditEntry entryOf(String itemId) {
		List<AuditEntry> entries = this.audit
			.between(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plusSeconds(60))
			.stream()
			.filter((entry) -> itemId.equals(entry.details().get("triageItemId")))
			.toList();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).action()).isEqualTo("triage.resolved");
		return entries.get(0);
	}

	private static Document page(ConsoleClient console, String path) {
		HttpResponse<String> answer = console.get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(answer.body());
	}

	private static Document follow(ConsoleClient console, HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		return page(console, location);
	}

	private static Element row(Document page, String id) {
		Element row = page.selectFirst("tr[data-triage-id=" + id + "]");
		assertThat(row).as("row of triage item " + id).isNotNull();
		return row;
	}

}
