package org.oubli.verification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.VerificationExpired;
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
 * A code that expires unused, on the real broker and the MongoDB wire server, with codes
 * that live two seconds and a sweep every 200 ms: staff are told once with
 * {@code VerificationExpired}, and the subject is told the truth. Its context is closed
 * after the class so that it never consumes alongside {@link IdentityVerificationIT}'s.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,identity-verification", "oubli.verification.code-ttl=2s",
				"oubli.verification.expiry-sweep-interval=200ms" })
@OubliIntegrationTest
@DirtiesContext
class CodeExpiryIT {

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
	void aCodeThatExpiresUnusedIsAnnouncedOnceAndRefusedWithTheTruth() throws Exception {
		String requestId = RequestMother.newRequestId();
		this.service.send(RequestMother.erasureReceived(requestId, SubjectMother.lucasInEnglish(), Instant.now()));
		String code = this.service.awaitIssuedCode(requestId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationExpired"))
				.isNotEmpty());
		Instant expiresAt = this.service.stored(requestId).get("expiresAt", Date.class).toInstant();
		assertThat(this.service.stored(requestId).getString("status")).isEqualTo("EXPIRED");

		JsonNode refused = this.service.assertProblem(this.service.submit(requestId, code), 400, "code-expired");
		assertThat(refused.path("detail").asString()).contains("has expired", "staff have been told");
		HttpResponse<String> english = this.service.get("/verify/" + requestId, "en");
		assertThat(english.statusCode()).isEqualTo(410);
		assertThat(english.body()).contains("This code has expired. Our staff have been told").doesNotContain("<form");
		HttpResponse<String> french = this.service.postForm("/verify/" + requestId, "lang=fr&code=" + code);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body()).contains("Ce code a expiré. Notre équipe en a été informée");
		assertThat(this.service.stored(requestId).getInteger("attempts")).isZero();

		// many sweeps later, still one event
		this.service.awaitOutboxEmpty(requestId);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.service.eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationExpired"))
				.singleElement()
				.extracting((record) -> this.service.codec.decode(record.value()).payload())
				.isEqualTo(new VerificationExpired(requestId, expiresAt)));
	}

}
