package org.oubli.devstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;

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
import static com.mongodb.client.model.Filters.exists;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's promise, across every service and demo system on the real broker, the
 * MongoDB wire server and GreenMail: a subject asks for erasure, confirms with the code
 * that arrives by email, and every system erases or lawfully retains their data; the case
 * completes and the subject is told what was done.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureEndToEndIT {

	private static final String EMAIL = "camille.martin@example.fr";

	private static final String ACCOUNT = "acc-1001";

	/** Someone no end-to-end test erases: their data must stay. */
	private static final String OTHER_ACCOUNT = "acc-1004";

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
	void anErasureConfirmedByEmailIsCarriedOutInEverySystemAndTheSubjectIsTold(CapturedOutput logs) {
		// the subject's data is there before
		assertThat(demo.count("demo-profiles", "profiles", eq("_id", ACCOUNT))).isEqualTo(1);
		assertThat(demo.count("demo-payments", "stored-cards", eq("accountId", ACCOUNT))).isPositive();
		long invoices = demo.count("demo-payments", "invoices", eq("accountId", ACCOUNT));
		assertThat(invoices).isPositive();
		assertThat(demo.count("demo-messaging", "messages", eq("senderAccountId", ACCOUNT))).isPositive();
		long othersMessages = demo.count("demo-messaging", "messages", eq("senderAccountId", OTHER_ACCOUNT));
		assertThat(othersMessages).isPositive();

		JsonNode accepted = journey.submit(EMAIL, "fr", ACCOUNT);
		String requestId = accepted.path("requestId").asString();
		LocalDate dueOn = LocalDate.parse(accepted.path("dueOn").asString());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		assertThat(dueOn).isAfterOrEqualTo(today.plusMonths(1)).isBefore(today.plusMonths(1).plusDays(6));
		assertThat(journey.caseOf(requestId).path("status").asString()).isEqualTo("AWAITING_VERIFICATION");

		String code = journey.codeFromMailbox(EMAIL);
		assertThat(journey.confirm(requestId, code).statusCode()).isEqualTo(200);
		JsonNode completed = journey.awaitStatus(requestId, "COMPLETED");
		assertThat(completed.path("dueOn").asString()).isEqualTo(dueOn.toString());
		assertThat(completed.toString()).doesNotContain(EMAIL);

		// profiles: the profile and listings are gone
		assertThat(demo.count("demo-profiles", "profiles", eq("_id", ACCOUNT))).isZero();
		assertThat(demo.count("demo-profiles", "listings", eq("accountId", ACCOUNT))).isZero();
		// messaging: the subject's messages are gone, the other users' are not
		assertThat(demo.count("demo-messaging", "messages", eq("senderAccountId", ACCOUNT))).isZero();
		assertThat(demo.count("demo-messaging", "messages", eq("senderAccountId", OTHER_ACCOUNT)))
			.isEqualTo(othersMessages);
		// payments: invoices kept under their legal basis, stored cards gone, customer
		// anonymised
		assertThat(demo.count("demo-payments", "invoices", eq("accountId", ACCOUNT))).isEqualTo(invoices);
		assertThat(demo.count("demo-payments", "invoices", and(eq("accountId", ACCOUNT), exists("legalHold.basis"))))
			.isEqualTo(invoices);
		Document invoice = demo.collection("demo-payments", "invoices").find(eq("accountId", ACCOUNT)).first();
		assertThat(invoice.get("legalHold", Document.class).getString("basis")).contains("L123-22");
		assertThat(demo.count("demo-payments", "stored-cards", eq("accountId", ACCOUNT))).isZero();
		assertThat(demo.count("demo-payments", "customers", eq("email", EMAIL))).isZero();
		Document customer = demo.collection("demo-payments", "customers").find(eq("_id", ACCOUNT)).first();
		assertThat(customer).as("the customer record is anonymised, not deleted").isNotNull();
		assertThat(customer.getString("fullName")).isEqualTo("Utilisateur supprimé");
		assertThat(customer.getString("email")).endsWith("@invalid");
		assertThat(customer.get("anonymisedAt")).isNotNull();

		// the timeline shows every step, once
		List<String> steps = new ArrayList<>();
		completed.path("timeline").forEach((entry) -> steps.add(entry.path("type").asString()));
		assertThat(steps).containsSubsequence("RequestReceived", "IdentityVerified", "ErasureStarted",
				"ErasureCompleted");
		assertThat(steps).filteredOn("SystemErased"::equals).hasSize(3);
		for (String once : List.of("RequestReceived", "VerificationCodeIssued", "IdentityVerified", "ErasureStarted",
				"ErasureCompleted")) {
			assertThat(steps).filteredOn(once::equals).as(once).hasSize(1);
		}

		// the completion email says what was erased, what was kept, why and until when
		MimeMessage done = journey.awaitMail(EMAIL, "termin");
		String text = MailboxPage.safeText(done);
		assertThat(text).contains("L123-22");
		assertThat(text).contains(String.valueOf(today.plusYears(10).getYear()));
		assertThat(text.toLowerCase()).contains("effac");
		// acknowledgement, code, completion (issue 3 added the acknowledgement)
		assertThat(journey.awaitMail(EMAIL, "bien reçu")).isNotNull();
		assertThat(journey.mailTo(EMAIL)).hasSize(3);

		// an address pasted where an id belongs is refused without being repeated
		for (String url : List.of(stack.urlOf("request-intake") + "/api/v1/requests/" + EMAIL,
				stack.urlOf("request-intake") + "/api/v1/nothing/" + EMAIL)) {
			var refused = journey.get(url);
			assertThat(refused.statusCode()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain(EMAIL);
		}
		var refused = journey.post(stack.urlOf("identity-verification") + "/api/v1/requests/" + EMAIL + "/verification",
				"{\"code\":\"123456\"}");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain(EMAIL);

		// no service logged the subject's address or code on the way
		assertThat(logs.getAll()).contains("Request " + requestId + " received")
			.doesNotContain(EMAIL)
			.doesNotContain(code);
	}

}
