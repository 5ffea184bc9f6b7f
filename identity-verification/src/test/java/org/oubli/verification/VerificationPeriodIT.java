package org.oubli.verification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.VerificationExpired;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.testsupport.OubliIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The verification period on the real broker and the MongoDB wire server, shrunk to
 * seconds (codes live one second, a reminder after three, the period ends after six, a
 * sweep every 200 ms): an expired code is refused and replaced from the page, the subject
 * is reminded once, and the unverified request expires once with
 * {@code VerificationExpired}. The 14-day defaults are tested with a moved clock in
 * {@code VerificationPeriodTest}. Its context is closed after the class so that it never
 * consumes alongside the other ITs' (same consumer group, other settings).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification", "oubli.verification.code-ttl=1s",
				"oubli.verification.resend-interval=0s", "oubli.verification.reminder-after=3s",
				"oubli.verification.verification-period=6s", "oubli.verification.expiry-sweep-interval=200ms",
				"oubli.verification.client-limit.limit-for-period=10000" })
@OubliIntegrationTest
@DirtiesContext
class VerificationPeriodIT {

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	private RunningService service;

	@BeforeEach
	void setUp() {
		this.service = new RunningService(this.port, this.mongo);
	}

	@Test
	void anExpiredCodeIsReplacedFromThePageThenTheSubjectIsRemindedAndTheRequestExpiresOnce() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.erasureReceived(requestId, SubjectMother.lucasInEnglish(), Instant.now()));
		String code = this.service.awaitIssuedCode(requestId);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.service.get("/verify/" + requestId, "en").body().contains("This code has expired."));

		JsonNode refused = this.service.assertProblem(this.service.submit(requestId, code), 400, "code-expired");
		assertThat(refused.path("detail").asString()).contains("Ask for a new one");
		HttpResponse<String> page = this.service.get("/verify/" + requestId, "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/verify/" + requestId + "/code\"", "Send me a new code");
		HttpResponse<String> resent = this.service.postForm("/verify/" + requestId + "/code", "lang=fr");
		assertThat(resent.statusCode()).isEqualTo(200);
		assertThat(resent.body()).contains("Un nouveau code vous a été envoyé");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.service.issuedCodes(requestId).size() == 2);
		assertThat(this.service.stored(requestId).getInteger("attempts")).isZero();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationExpired"))
				.isNotEmpty());
		Instant verifyBy = this.service.stored(requestId).get("verifyBy", Date.class).toInstant();
		assertThat(this.service.stored(requestId).getString("status")).isEqualTo("EXPIRED");
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationReminderDue"))
			.singleElement()
			.extracting((record) -> this.service.codec.decode(record.value()).payload())
			.isEqualTo(new VerificationReminderDue(requestId, SubjectMother.lucasInEnglish(), verifyBy));

		this.service.assertProblem(this.service.submit(requestId, code), 410, "verification-expired");
		HttpResponse<String> english = this.service.get("/verify/" + requestId, "en");
		assertThat(english.statusCode()).isEqualTo(410);
		assertThat(english.body()).contains("was not confirmed in time").doesNotContain("<form method=\"post\"");
		HttpResponse<String> french = this.service.get("/verify/" + requestId + "?lang=fr", "en");
		assertThat(french.body()).contains("n’a pas été confirmée à temps");

		// many sweeps later, still one event of each
		this.service.awaitOutboxEmpty(requestId);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationExpired"))
				.singleElement()
				.extracting((record) -> this.service.codec.decode(record.value()).payload())
				.isEqualTo(new VerificationExpired(requestId, verifyBy)));
		assertThat(this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationReminderDue")).hasSize(1);
	}

}
