package org.oubli.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request by email, across the whole stack: a subject writes to the intake mailbox in
 * their own words, request-intake reads it over IMAP and opens an erasure for the
 * sender's address, the verification code arrives in the subject's mailbox, and once
 * confirmed every system erases or lawfully retains their data.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailErasureEndToEndIT {

	private static final String EMAIL = "lea.dubois@example.fr";

	private static final String ACCOUNT = "acc-1003";

	private static DevStack stack;

	private static DemoData demo;

	private static ErasureJourney journey;

	@BeforeAll
	static void start() {
		stack = RunningStack.get();
		demo = new DemoData(stack.mongoUri());
		journey = new ErasureJourney(stack);
	}

	@AfterAll
	static void closeClient() {
		demo.close();
	}

	@Test
	void anEmailInTheSubjectsOwnWordsBecomesAVerifiedCompletedErasure(CapturedOutput logs) throws Exception {
		assertThat(demo.count("demo-profiles", "profiles", eq("_id", ACCOUNT))).isEqualTo(1);
		assertThat(demo.count("demo-profiles", "listings", eq("accountId", ACCOUNT))).isPositive();

		send("Suppression de mon compte", "Bonjour,\r\n\r\nJe souhaite supprimer mon compte et toutes mes données "
				+ "personnelles.\r\n\r\nCordialement,\r\nLéa Dubois\r\n-- \r\nLéa Dubois\r\n06 39 98 10 03\r\n");

		// request-intake reads the mailbox and opens one erasure for the sender's address
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !emailCases().isEmpty());
		List<Document> cases = emailCases();
		assertThat(cases).singleElement().satisfies((document) -> {
			assertThat(document.getString("type")).isEqualTo("ERASURE");
			assertThat(document.get("subject", Document.class).getString("language")).isEqualTo("FR");
		});
		String requestId = cases.get(0).getString("_id");
		assertThat(journey.caseOf(requestId).path("channel").asString()).isEqualTo("email");

		// the code is read from the subject's real mailbox, as a person would
		String code = journey.codeFromMailbox(EMAIL);
		assertThat(journey.confirm(requestId, code).statusCode()).isEqualTo(200);
		JsonNode completed = journey.awaitStatus(requestId, "COMPLETED");
		assertThat(completed.toString()).doesNotContain(EMAIL);
		List<String> steps = new ArrayList<>();
		completed.path("timeline").forEach((entry) -> steps.add(entry.path("type").asString()));
		assertThat(steps).containsSubsequence("RequestReceived", "IdentityVerified", "ErasureStarted",
				"ErasureCompleted");

		// the subject's profile is gone from the demo system
		assertThat(demo.count("demo-profiles", "profiles", eq("_id", ACCOUNT))).isZero();
		assertThat(demo.count("demo-profiles", "listings", eq("accountId", ACCOUNT))).isZero();

		// no service logged the subject's address or code on the way
		assertThat(logs.getAll()).contains("Request " + requestId + " received")
			.doesNotContain(EMAIL)
			.doesNotContain(code);
	}

	private static List<Document> emailCases() {
		return demo.collection("oubli-intake", "cases")
			.find(and(eq("subject.email", EMAIL), eq("channel", "email")))
			.into(new ArrayList<>());
	}

	/** Sends the subject's email to the intake mailbox over SMTP. */
	private static void send(String subject, String text) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.host", "127.0.0.1");
		properties.setProperty("mail.smtp.port", String.valueOf(stack.mail().smtpPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(EMAIL, "Léa Dubois", "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(DevStack.INTAKE_MAILBOX));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		message.setHeader("Content-Language", "fr");
		message.saveChanges();
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@example.fr>");
		Transport.send(message);
	}

}
