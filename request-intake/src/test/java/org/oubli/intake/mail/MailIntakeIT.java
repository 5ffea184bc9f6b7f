package org.oubli.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.intake.triage.TriageItem;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Email intake against real parts: messages are delivered to a GreenMail mailbox, the
 * poller reads them over IMAP (moving each to a processed folder), and requests, reply
 * notes and triage items land in the MongoDB wire server; requests leave on the real
 * broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", "oubli.intake.mail.host=127.0.0.1",
				"oubli.intake.mail.port=${oubli.test.imap-port}", "oubli.intake.mail.username=" + MailIntakeIT.MAILBOX,
				"oubli.intake.mail.password=" + MailIntakeIT.MAILBOX, "oubli.intake.mail.poll-interval=200ms",
				"oubli.intake.mail.processed-folder=Processed", "oubli.intake.mail.max-size=64KB",
				"oubli.intake.mail.raw-cap=1KB" })
@OubliIntegrationTest
class MailIntakeIT {

	static final String MAILBOX = "intake-it@oubli.localhost";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final GreenMailUser USER = OubliInfrastructure.get()
		.mail()
		.greenMail()
		.setUser(MAILBOX, MAILBOX, MAILBOX);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aClassifiedEmailOpensOneRequestPerTypeForItsSenderOnTheEmailChannel() throws Exception {
		String sender = SubjectMother.freshEmail();
		deliver(corpus("10-en-mixed-access-erasure.eml", sender));

		await().atMost(PATIENCE).until(() -> casesOf(sender).size() == 2);
		List<Document> cases = casesOf(sender);
		assertThat(cases).extracting((document) -> document.getString("type"))
			.containsExactlyInAnyOrder("ACCESS", "ERASURE");
		assertThat(cases).allSatisfy((document) -> {
			assertThat(document.getString("channel")).isEqualTo("email");
			assertThat(document.getString("status")).isEqualTo("AWAITING_VERIFICATION");
			assertThat(document.get("subject", Document.class).getString("language")).isEqualTo("EN");
		});
		String erasureId = cases.stream()
			.filter((document) -> "ERASURE".equals(document.getString("type")))
			.findFirst()
			.orElseThrow()
			.getString("_id");
		ConsumerRecord<String, String> record = await().atMost(PATIENCE)
			.ignoreExceptions()
			.until(() -> new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers())
				.readAll(Topics.REQUEST_EVENTS, Duration.ofMillis(200))
				.stream()
				.filter((found) -> erasureId.equals(found.key()))
				.findFirst()
				.orElse(null), (found) -> found != null);
		RequestReceived received = (RequestReceived) new EventCodec().decode(record.value()).payload();
		assertThat(received.channel()).isEqualTo("email");
		assertThat(received.type()).isEqualTo(RequestType.ERASURE);
		assertThat(received.subject().email().value()).isEqualTo(sender);
		assertThat(received.subject().language()).isEqualTo(Language.EN);
	}

	@Test
	void theSameMessageDeliveredTwiceOpensOneRequest() throws Exception {
		String sender = SubjectMother.freshEmail();
		byte[] message = corpus("01-fr-plain-qp-erasure.eml", sender);
		deliver(message);
		deliver(message);

		await().atMost(PATIENCE).until(() -> inboxCount() == 0 && !casesOf(sender).isEmpty());
		assertThat(casesOf(sender)).singleElement()
			.satisfies((document) -> assertThat(document.getString("type")).isEqualTo("ERASURE"));
	}

	@Test
	void aReplyCarryingACaseReferenceIsNotedOnThatCaseAndOpensNothing() throws Exception {
		String sender = SubjectMother.freshEmail();
		deliver(corpus("05-en-plain-erasure.eml", sender));
		await().atMost(PATIENCE).until(() -> casesOf(sender).size() == 1);
		String requestId = casesOf(sender).get(0).getString("_id");

		String reply = "From: " + sender + "\r\nTo: " + MAILBOX + "\r\nSubject: Re: [Oubli " + requestId
				+ "] Your request\r\nMessage-ID: <" + UUID.randomUUID() + "@mail.example>\r\n"
				+ "Content-Type: text/plain; charset=utf-8\r\n\r\nAlso, please delete my data and export it first.\r\n"
				+ "\r\nOn Mon, 2 Nov 2026, Oubli wrote:\r\n> We received your request.\r\n";
		deliver(reply.getBytes(StandardCharsets.UTF_8));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(timelineOf(requestId)).extracting((entry) -> entry.getString("type"))
				.contains("EmailReplyReceived"));
		Document note = timelineOf(requestId).stream()
			.filter((entry) -> "EmailReplyReceived".equals(entry.getString("type")))
			.findFirst()
			.orElseThrow();
		assertThat(note.getString("summary")).contains("from the subject's address")
			.doesNotContain("delete")
			.doesNotContain(sender);
		assertThat(casesOf(sender)).hasSize(1);
	}

	@Test
	void badMessagesAreKeptAsUnprocessableAndThePollerGoesOn() throws Exception {
		Instant start = Instant.now().minusSeconds(1);
		String sender = SubjectMother.freshEmail();
		String marker = UUID.randomUUID().toString();
		deliver(bad("binary-only.eml", marker));
		deliver(bad("malformed.eml", marker));
		deliver(bad("no-sender.eml", marker));
		deliver(("From: " + sender + "\r\nSubject: empty " + marker + "\r\nMessage-ID: <empty-" + marker
				+ "@mail.example>\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		String big = "From: " + sender + "\r\nSubject: big " + marker + "\r\nMessage-ID: <big-" + marker
				+ "@mail.example>\r\nContent-Type: text/plain\r\n\r\n" + "Please delete my account.\r\n".repeat(4000);
		deliver(big.getBytes(StandardCharsets.US_ASCII));
		deliver(corpus("30-fr-mobile-signature.eml", sender));

		await().atMost(PATIENCE).until(() -> casesOf(sender).size() == 1);
		await().atMost(PATIENCE).until(() -> unprocessableSince(start).size() == 5);
		List<TriageItem> kept = unprocessableSince(start);
		assertThat(kept).flatExtracting(TriageItem::reasons)
			.anyMatch((reason) -> reason.startsWith("not readable as MIME"))
			.anyMatch((reason) -> reason.equals("no text, attachments only"))
			.anyMatch((reason) -> reason.equals("no valid sender address"))
			.anyMatch((reason) -> reason.equals("no text"))
			.anyMatch((reason) -> reason.contains("over the limit"));
		TriageItem tooLarge = kept.stream()
			.filter((item) -> item.reasons().get(0).contains("over the limit"))
			.findFirst()
			.orElseThrow();
		assertThat(tooLarge.size()).isGreaterThan(64 * 1024);
		assertThat(tooLarge.raw().length).as("headers only").isLessThan(1024);
		assertThat(kept).allSatisfy((item) -> assertThat(item.raw().length).isLessThanOrEqualTo(1024));
		// staff can download what was kept
		HttpResponse<byte[]> raw = HttpClient.newHttpClient()
			.send(staff("/staff/api/v1/triage/" + tooLarge.id() + "/raw")
				.setHeader("Accept", "application/octet-stream, application/problem+json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(new String(raw.body(), StandardCharsets.ISO_8859_1)).contains("Subject: big " + marker)
			.doesNotContain("Please delete my account");
		// every message left the inbox for the processed folder
		await().atMost(PATIENCE).until(() -> inboxCount() == 0);
	}

	@Test
	void staffListTriageItemsMaskedAndOpenRequestsOrDismissThem() throws Exception {
		String sender = SubjectMother.freshEmail();
		deliver(corpus("16-fr-how-question.eml", sender));
		deliver(corpus("14-fr-newsletter.eml", sender));
		await().atMost(PATIENCE).until(() -> triageOf(sender).size() == 2);

		JsonNode list = getJson("/staff/api/v1/triage?limit=200");
		assertThat(list.toString()).doesNotContain(sender);
		String masked = sender.charAt(0) + "•••@example.fr";
		assertThat(list.values()).filteredOn((item) -> masked.equals(item.path("sender").asString())).isNotEmpty();

		TriageItem question = triageOf(sender).stream()
			.filter((item) -> item.subject().equals("Question"))
			.findFirst()
			.orElseThrow();
		TriageItem newsletter = triageOf(sender).stream()
			.filter((item) -> item != question && !item.subject().equals("Question"))
			.findFirst()
			.orElseThrow();
		JsonNode detail = getJson("/staff/api/v1/triage/" + question.id());
		assertThat(detail.path("sender").asString()).isEqualTo(sender);
		assertThat(detail.path("text").asString()).contains("Comment supprimer mon compte");
		assertThat(detail.path("suggestedTypes").toString()).contains("ERASURE");

		HttpResponse<String> opened = post("/staff/api/v1/triage/" + question.id() + "/resolution",
				"{\"types\":[\"erasure\"]}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		String requestId = this.json.readTree(opened.body()).path("requestIds").get(0).asString();
		assertThat(casesOf(sender)).singleElement().satisfies((document) -> {
			assertThat(document.getString("_id")).isEqualTo(requestId);
			assertThat(document.getString("channel")).isEqualTo("email");
			assertThat(document.get("subject", Document.class).getString("language")).isEqualTo("FR");
		});
		TriageItem resolved = this.mongo.findById(question.id(), TriageItem.class);
		assertThat(resolved.status()).isEqualTo(TriageItem.Status.RESOLVED);
		assertThat(resolved.text()).isNull();
		assertThat(resolved.sender()).isNull();

		HttpResponse<String> again = post("/staff/api/v1/triage/" + question.id() + "/resolution",
				"{\"types\":[\"erasure\"]}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(casesOf(sender)).hasSize(1);

		assertThat(post("/staff/api/v1/triage/" + newsletter.id() + "/resolution", "{\"dismiss\":true}").statusCode())
			.isEqualTo(400);
		assertThat(post("/staff/api/v1/triage/" + newsletter.id() + "/resolution", "{\"types\":[\"forget\"]}")
			.statusCode()).isEqualTo(400);
		HttpResponse<String> dismissed = post("/staff/api/v1/triage/" + newsletter.id() + "/resolution",
				"{\"dismiss\":true,\"reason\":\"newsletter\"}");
		assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
		assertThat(this.mongo.findById(newsletter.id(), TriageItem.class).status())
			.isEqualTo(TriageItem.Status.DISMISSED);
		assertThat(casesOf(sender)).hasSize(1);
		assertThat(
				post("/staff/api/v1/triage/" + UUID.randomUUID() + "/resolution", "{\"dismiss\":true,\"reason\":\"x\"}")
					.statusCode())
			.isEqualTo(404);
	}

	private static void deliver(byte[] raw) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
		USER.deliver(message);
	}

	/** A corpus message from the given sender under a fresh Message-ID. */
	private static byte[] corpus(String file, String sender) throws IOException {
		String raw = new String(MailCorpusTest.read(file), StandardCharsets.ISO_8859_1);
		raw = raw.replaceFirst("(?m)^From: .*$", "From: " + sender)
			.replaceFirst("(?m)^Message-ID: .*$", "Message-ID: <" + UUID.randomUUID() + "@mail.example>");
		return raw.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bad(String file, String marker) throws IOException {
		String raw = new String(BadMailTest.bad(file), StandardCharsets.ISO_8859_1);
		return raw.replace("@mail.example>", "-" + marker + "@mail.example>").getBytes(StandardCharsets.ISO_8859_1);
	}

	private List<Document> casesOf(String sender) {
		return this.mongo.find(Query.query(Criteria.where("subject.email").is(sender)), Document.class, "cases");
	}

	private List<Document> timelineOf(String requestId) {
		return this.mongo.findById(requestId, Document.class, "cases").getList("timeline", Document.class);
	}

	private List<TriageItem> triageOf(String sender) {
		return this.mongo.find(Query.query(Criteria.where("sender").is(sender)), TriageItem.class);
	}

	private List<TriageItem> unprocessableSince(Instant start) {
		return this.mongo.find(
				Query.query(Criteria.where("kind").is(TriageItem.Kind.UNPROCESSABLE).and("receivedAt").gte(start)),
				TriageItem.class);
	}

	private int inboxCount() throws Exception {
		return OubliInfrastructure.get()
			.mail()
			.greenMail()
			.getManagers()
			.getImapHostManager()
			.getInbox(USER)
			.getMessageCount();
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(staff(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(staff(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A staff call: HTTP Basic as a staff agent. */
	private HttpRequest.Builder staff(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("staff-agent:dev-agent-password".getBytes(StandardCharsets.UTF_8)));
	}

}
