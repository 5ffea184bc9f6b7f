package org.oubli.intake.limits;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oubli.intake.fixtures.FormBrowser;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.testsupport.MutableClock;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits in the running service, with small limits (2 per address per day, 4
 * per client per hour): the API answers 429 problem details with {@code Retry-After}, the
 * form comes back with a clear message in the page's language; nothing is stored for a
 * refused request. Every test starts with full buckets (the clock moves two days on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", "oubli.intake.limits.per-address.capacity=2",
				"oubli.intake.limits.per-address.period=1d", "oubli.intake.limits.per-client.capacity=4",
				"oubli.intake.limits.per-client.period=1h" })
@OubliIntegrationTest
class AbuseLimitsIT {

	private static final String TOO_MANY = "https://oubli.org/problems/too-many-requests";

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void fullBuckets() {
		this.clock.advance(Duration.ofDays(2));
	}

	@Test
	void theApiRefusesAThirdRequestForOneAddressWith429AndRetryAfter() {
		IntakeHttp api = new IntakeHttp(this.port);
		String email = SubjectMother.freshEmail();
		// two different rights, so that neither is linked to the other as a duplicate
		assertThat(api.postRequest(IntakeHttp.body("erasure", email, "fr", null)).status()).isEqualTo(202);
		assertThat(api.postRequest(IntakeHttp.body("access", email, "fr", null)).status()).isEqualTo(202);
		long before = cases();

		Answer refused = api.postRequest(IntakeHttp.body("objection", email.toUpperCase(), "fr", null));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.header("Retry-After")).isEqualTo(Long.toString(Duration.ofHours(12).toSeconds()));
		assertThat(refused.json().path("type").asString()).isEqualTo(TOO_MANY);
		assertThat(refused.json().path("status").asInt()).isEqualTo(429);
		assertThat(refused.json().path("limit").asString()).isEqualTo("address");
		assertThat(refused.json().path("retryAfterSeconds").asLong()).isEqualTo(43_200);
		assertThat(refused.json().path("detail").asString()).contains("Too many requests for this email address",
				"Try again in 720 minute(s)");
		assertThat(refused.raw().body()).doesNotContainIgnoringCase(email);
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void theApiRefusesAFifthRequestFromOneClientWhateverTheAddress() {
		IntakeHttp api = new IntakeHttp(this.port);
		for (int i = 0; i < 4; i++) {
			assertThat(api.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "en", null)).status())
				.isEqualTo(202);
		}
		long before = cases();
		Answer refused = api.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "en", null));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("900");
		assertThat(refused.json().path("limit").asString()).isEqualTo("client");
		assertThat(refused.json().path("detail").asString()).contains("from your network address");
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void invalidRequestsDoNotCount() {
		IntakeHttp api = new IntakeHttp(this.port);
		for (int i = 0; i < 6; i++) {
			assertThat(api.postRequest(IntakeHttp.body("erasure", "not-an-address", "en", null)).status())
				.isEqualTo(400);
		}
		assertThat(api.postRequest(IntakeHttp.body("erasure", SubjectMother.freshEmail(), "en", null)).status())
			.isEqualTo(202);
	}

	@Test
	void theFormComesBackWithTheLimitsMessageInFrenchAndInEnglish() {
		String email = SubjectMother.freshEmail();
		Map<String, String> fields = Map.of("type", "access", "email", email, "country", "FR");
		assertThat(new FormBrowser(this.port).submit("fr", fields).statusCode()).isEqualTo(302);
		assertThat(new FormBrowser(this.port).submit("fr", fields).statusCode()).isEqualTo(302);
		long before = cases();

		HttpResponse<String> french = new FormBrowser(this.port).submit("fr", fields);
		assertThat(french.statusCode()).isEqualTo(429);
		assertThat(french.body()).contains("<html lang=\"fr\">", "id=\"limit-message\"", "role=\"alert\"",
				"Trop de demandes",
				"Nous avons déjà reçu plusieurs demandes pour cette adresse e-mail. Veuillez réessayer dans 720 minute(s).",
				"value=\"" + email + "\"");
		assertThat(cases()).isEqualTo(before);

		// two more from this client reach its limit of four; the fifth is refused
		assertThat(new FormBrowser(this.port)
			.submit("en", Map.of("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> english = new FormBrowser(this.port).submit("en",
				Map.of("type", "access", "email", SubjectMother.freshEmail(), "country", "FR"));
		assertThat(english.statusCode()).isEqualTo(429);
		assertThat(english.body()).contains("<html lang=\"en\">", "Too many requests",
				"Too many requests have been sent from your connection. Please try again in");
	}

	private long cases() {
		return this.mongo.getCollection("cases").countDocuments();
	}

	@TestConfiguration
	static class MovableTime {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
		}

	}

}
