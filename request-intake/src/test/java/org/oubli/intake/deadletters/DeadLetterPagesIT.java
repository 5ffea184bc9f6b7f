package org.oubli.intake.deadletters;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.Topics;
import org.oubli.intake.fixtures.ConsoleClient;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.kafka.CloudEventHeaders;
import org.oubli.kit.kafka.DeadLetters;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's dead-letter page over real HTTP (session, CSRF tokens, redirects), with
 * the real broker and the MongoDB wire server: agents replay and discard with a reason
 * code, refusals come back as {@code #error}, auditors see the list without forms and
 * cannot post; the payload is never on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", DeadLetterInboxIT.FAST_TOPIC_REFRESH })
@OubliIntegrationTest
class DeadLetterPagesIT {

	private static final String PAGE = "/staff/console/dead-letters";

	private final RawKafka kafka = new RawKafka();

	@LocalServerPort
	private int port;

	@Autowired
	private AuditTrail audit;

	@Test
	void anAgentSeesTheOpenDeadLetterAndReplaysItWithAReasonCodeOnce() {
		String source = "oubli.dlpage-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
		String requestId = UUID.randomUUID().toString();
		String marker = "page-secret-" + requestId + "@example.org";
		String id = deadLetter(requestId, source, marker);
		ConsoleClient console = new ConsoleClient(this.port).as("agent");

		Document page = page(console, PAGE);
		Element row = row(page, id);
		assertThat(row.select(".source-topic").text()).isEqualTo(source);
		assertThat(row.select(".event-type").text()).isEqualTo("RequestReceived");
		assertThat(row.select("a.case-link").attr("href")).isEqualTo("/staff/console/cases/" + requestId);
		assertThat(row.select(".reason").text()).isEqualTo("Unknown event type (not in the catalog)");
		assertThat(row.select("form.replay-form select[name=reasonCode]").hasAttr("required")).isTrue();
		assertThat(row.select("form.discard-form select[name=reasonCode]").hasAttr("required")).isTrue();
		assertThat(console.lastPage()).doesNotContain(marker);

		Document refused = follow(console,
				console.postForm(PAGE + "/" + id + "/replay", Map.of("reasonCode", "", "status", "OPEN")));
		assertThat(refused.select("#error").text()).contains("Choose a reason");
		assertThat(row(refused, id).attr("data-status")).isEqualTo("OPEN");

		Document done = follow(console, console.postForm(PAGE + "/" + id + "/replay",
				Map.of("reasonCode", "TRANSIENT_FAILURE", "status", "OPEN")));

		assertThat(done.select("#flash").text()).isEqualTo("Replayed to " + source + ".");
		assertThat(done.select("tr[data-dead-letter-id=" + id + "]")).isEmpty();
		assertThat(this.kafka.readAll(source, Duration.ofSeconds(30))).hasSize(1);
		Document replayed = page(console, PAGE + "?status=REPLAYED");
		assertThat(row(replayed, id).select(".resolution").text()).isEqualTo("by staff-agent (TRANSIENT_FAILURE)");
		assertThat(row(replayed, id).select("form")).isEmpty();

		Document again = follow(console, console.postForm(PAGE + "/" + id + "/discard",
				Map.of("reasonCode", "DUPLICATE", "status", "REPLAYED")));
		assertThat(again.select("#error").text()).contains("already Replayed", "staff-agent", "TRANSIENT_FAILURE");
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("dead-letter.replayed");
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.details()).containsEntry("reasonCode", "TRANSIENT_FAILURE");
		});
	}

	@Test
	void anAdministratorDiscardsInFrench() {
		String requestId = UUID.randomUUID().toString();
		String id = deadLetter(requestId, Topics.REQUEST_EVENTS, "fr-" + requestId);
		ConsoleClient console = new ConsoleClient(this.port).as("admin");
		Document page = page(console, PAGE + "?lang=fr");
		assertThat(page.select("h1").text()).isEqualTo("Lettres mortes");

		Document done = follow(console,
				console.postForm(PAGE + "/" + id + "/discard", Map.of("reasonCode", "OBSOLETE", "status", "OPEN")));

		assertThat(done.select("#flash").text()).isEqualTo("Écartée.");
		assertThat(done.select("tr[data-dead-letter-id=" + id + "]")).isEmpty();
		assertThat(this.audit.ofRequest(requestId)).singleElement()
			.satisfies((entry) -> assertThat(entry.action()).isEqualTo("dead-letter.discarded"));
	}

	@Test
	void anAuditorSeesTheListWithoutFormsAndCannotResolve() {
		String requestId = UUID.randomUUID().toString();
		String id = deadLetter(requestId, Topics.REQUEST_EVENTS, "auditor-" + requestId);
		ConsoleClient agent = new ConsoleClient(this.port).as("agent");
		page(agent, PAGE);
		ConsoleClient auditor = new ConsoleClient(this.port).as("auditor");

		Document page = page(auditor, PAGE);
		assertThat(row(page, id).select("form")).isEmpty();
		assertThat(page.select("form.replay-form, form.discard-form")).isEmpty();
		// with a valid token of the auditor's own session (the sign-out form's)
		HttpResponse<String> post = auditor.postForm(PAGE + "/" + id + "/discard",
				Map.of("reasonCode", "DUPLICATE", "status", "OPEN"));

		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(row(page(agent, PAGE), id).attr("data-status")).isEqualTo("OPEN");
		assertThat(this.audit.ofRequest(requestId)).isEmpty();
	}

	@Test
	void anUnknownStatusIsRefusedOnThePageAndAnonymousVisitorsSignInFirst() {
		ConsoleClient console = new ConsoleClient(this.port).as("agent");
		HttpResponse<String> answer = console.get(PAGE + "?status=lost");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(answer.body()).select("#error").text()).startsWith("Status:");

		HttpResponse<String> anonymous = new ConsoleClient(this.port).get(PAGE);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/staff/console/login");
	}

	@Test
	void anUnknownDeadLetterIsAnErrorMessage() {
		ConsoleClient console = new ConsoleClient(this.port).as("agent");
		page(console, PAGE);

		Document page = follow(console, console.postForm(PAGE + "/" + UUID.randomUUID() + "/discard",
				Map.of("reasonCode", "DUPLICATE", "status", "OPEN")));

		assertThat(page.select("#error").text()).startsWith("No dead letter has this id");
	}

	/** Puts a dead letter on a DLT topic and waits for the inbox; answers its id. */
	private String deadLetter(String requestId, String source, String marker) {
		this.kafka.send(Topics.deadLetterOf(Topics.REQUEST_EVENTS), requestId.getBytes(StandardCharsets.UTF_8),
				("{\"email\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8),
				List.of(RawKafka.header(CloudEventHeaders.TYPE, "RequestReceived"),
						RawKafka.header(KafkaHeaders.DLT_ORIGINAL_TOPIC, source),
						RawKafka.header(DeadLetters.REASON_HEADER, "Unknown event type (not in the catalog)")));
		String[] id = new String[1];
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode list = StaffClient.agent(this.port)
				.get("/staff/api/v1/dead-letters?requestId=" + requestId)
				.json();
			if (list.size() == 1) {
				id[0] = list.get(0).path("id").asString();
				return true;
			}
			return false;
		});
		return id[0];
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
		Element row = page.selectFirst("tr[data-dead-letter-id=" + id + "]");
		assertThat(row).as("row of dead letter " + id).isNotNull();
		return row;
	}

}
