package org.oubli.intake.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.intake.fixtures.RequestEvents;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oubli.intake.fixtures.IntakeHttp.json;

/**
 * Logged-in users' requests sent by the platform with a token it signed (ES256, a key
 * pair made for this test): a good token opens a case on channel {@code account} whose
 * clock runs at once; a forged, expired, foreign or missing token gets a 401 problem and
 * nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class AccountRequestsIT {

	private static final String PATH = "/api/v1/account-requests";

	private static final String ISSUER = "https://platform.test";

	private static final String AUDIENCE = "oubli-intake";

	private static final ECKey PLATFORM = generate("platform");

	private static final ECKey FORGER = generate("platform");

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void platformKey(DynamicPropertyRegistry registry) {
		registry.add("oubli.intake.account-tokens.public-key", () -> PLATFORM.toPublicJWK().toJSONString());
		registry.add("oubli.intake.account-tokens.issuer", () -> ISSUER);
		registry.add("oubli.intake.account-tokens.audience", () -> AUDIENCE);
	}

	@Test
	void aGoodTokenOpensACaseWhoseIdentityIsVouchedFor() {
		String email = SubjectMother.freshEmail();

		Answer answer = post(token(PLATFORM, claims(email).build()),
				json("type", "access", "language", "en", "country", "FR"));

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().path("jurisdiction").asString()).isEqualTo("EU-FR");
		assertThat(answer.json().path("clock").asString()).isEqualTo("RUNNING");
		String requestId = answer.json().path("requestId").asString();
		assertThat(api().getRequest(requestId).json().path("channel").asString()).isEqualTo("account");
		EventEnvelope received = await().atMost(Duration.ofSeconds(30))
			.until(() -> RequestEvents.of(requestId).stream().findFirst().orElse(null), (found) -> found != null);
		RequestReceived event = (RequestReceived) received.payload();
		assertThat(event.channel()).isEqualTo("account");
		assertThat(event.subject().email().value()).isEqualTo(email);
		assertThat(event.subject().accountId()).isEqualTo("acc-4242");
		assertThat(answer.raw().body()).doesNotContain(email, "acc-4242");
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefusedAndNothingStored() {
		String email = SubjectMother.freshEmail();

		Answer answer = post(token(FORGER, claims(email).build()), json("type", "erasure"));

		assertUnauthorized(answer, email);
	}

	@Test
	void anExpiredTokenIsRefused() {
		String email = SubjectMother.freshEmail();
		Instant past = Instant.now().minus(Duration.ofHours(1));

		Answer answer = post(token(PLATFORM, claims(email).expirationTime(Date.from(past)).build()),
				json("type", "erasure"));

		assertUnauthorized(answer, email);
		assertThat(answer.json().path("detail").asString()).contains("xpired");
	}

	@Test
	void aTokenForAnotherAudienceOrIssuerIsRefused() {
		String email = SubjectMother.freshEmail();

		Answer audience = post(token(PLATFORM, claims(email).audience("someone-else").build()),
				json("type", "erasure"));
		Answer issuer = post(token(PLATFORM, claims(email).issuer("https://evil.test").build()),
				json("type", "erasure"));

		assertUnauthorized(audience, email);
		assertUnauthorized(issuer, email);
		assertThat(issuer.raw().body()).doesNotContain("evil.test");
		assertThat(audience.raw().body()).doesNotContain("someone-else");
	}

	@Test
	void unsignedHmacOrMissingTokensAreRefusedBeforeTheBodyIsRead() throws JOSEException {
		String email = SubjectMother.freshEmail();
		String unsigned = new PlainJWT(claims(email).build()).serialize();
		SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(email).build());
		hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-long!!"));

		assertUnauthorized(post(unsigned, json("type", "erasure")), email);
		assertUnauthorized(post(hmac.serialize(), json("type", "erasure")), email);
		assertUnauthorized(api().post(PATH, json("type", "not-a-type")), email);
		assertUnauthorized(post("not.a.jwt", "{"), email);
	}

	@Test
	void aGoodTokenWithABadBodyIsABadRequest() {
		String email = SubjectMother.freshEmail();

		Answer answer = post(token(PLATFORM, claims(email).build()), json("type", "forget-me"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(casesOf(email)).isEmpty();
	}

	private void assertUnauthorized(Answer answer, String email) {
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo("https://oubli.org/problems/invalid-token");
		assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(answer.raw().body()).doesNotContain(email);
		assertThat(casesOf(email)).isEmpty();
	}

	private Answer post(String token, String body) {
		return api().post(PATH, body, "Authorization", "Bearer " + token);
	}

	private static JWTClaimsSet.Builder claims(String email) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("acc-4242")
			.claim("email", email)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
	}

	private static String token(ECKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new ECDSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ECKey generate(String keyId) {
		try {
			return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Document> casesOf(String email) {
		return this.mongo.find(Query.query(Criteria.where("subject.email").is(email)), Document.class,
				CaseDocument.COLLECTION);
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

}
