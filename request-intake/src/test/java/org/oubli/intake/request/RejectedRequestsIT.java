package org.oubli.intake.request;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.oubli.contracts.Topics;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.fixtures.IntakeHttp;
import org.oubli.intake.fixtures.IntakeHttp.Answer;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.oubli.intake.fixtures.IntakeHttp.body;

/**
 * Every kind of bad input is refused with a 400 problem naming the field, never echoing
 * the value, and leaves nothing behind: no case in MongoDB, no event on
 * {@code oubli.request.events}, no count in the metric.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class RejectedRequestsIT {

	private static final String INVALID_REQUEST = "https://oubli.org/problems/invalid-request";

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MeterRegistry meters;

	/**
	 * A bad request body.
	 *
	 * @param name what is wrong
	 * @param body the body, given a marker to hide in it
	 * @param field the field the problem must name
	 * @param message what the problem must say about it
	 */
	record BadInput(String name, Function<String, String> body, String field, String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<BadInput> badFields() {
		return Stream.of(
				new BadInput("unknown type", (m) -> body("forget-me", email(m), "fr", null), "type",
						"unknown request type; accepted values: access, portability, erasure"),
				new BadInput("rectification is not handled yet", (m) -> body("Rectification", email(m), "fr", null),
						"type", "request type rectification is not handled automatically yet"),
				new BadInput("restriction is not handled yet", (m) -> body("restriction", email(m), "fr", null), "type",
						"request type restriction is not handled automatically yet"),
				new BadInput("objection is not handled yet", (m) -> body("objection", email(m), "fr", null), "type",
						"request type objection is not handled automatically yet"),
				new BadInput("missing type", (m) -> body(null, email(m), "fr", null), "type", "is required"),
				new BadInput("blank type", (m) -> body("  ", email(m), "fr", null), "type", "is required"),
				new BadInput("type of the wrong JSON kind",
						(m) -> "{\"type\":[\"erasure\"],\"email\":\"" + email(m) + "\"}", "type", "invalid value"),
				new BadInput("invalid email", (m) -> body("erasure", "not-an-email-" + m, "fr", null), "email",
						"is not a valid email address"),
				new BadInput("email without a domain dot", (m) -> body("erasure", m + "@localhost", "fr", null),
						"email", "is not a valid email address"),
				new BadInput("email too long", (m) -> body("erasure", m + "a".repeat(250) + "@example.fr", "fr", null),
						"email", "is not a valid email address"),
				new BadInput("missing email", (m) -> body("erasure", null, "fr", "acc-" + m), "email", "is required"),
				new BadInput("unsupported language", (m) -> body("erasure", email(m), "de", null), "language",
						"must be fr or en"),
				new BadInput("blank language", (m) -> body("erasure", email(m), "", null), "language",
						"must be fr or en"),
				new BadInput("account id too long", (m) -> body("erasure", email(m), "fr", "a".repeat(65)), "accountId",
						"must be at most 64 characters"),
				new BadInput("account id with forbidden characters",
						(m) -> body("erasure", email(m), "fr", "acc 1001;" + m), "accountId",
						"may only hold letters, digits"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFields")
	void refusesABadFieldNamingItAndStoresNothing(BadInput input) {
		String marker = marker();
		long casesBefore = this.mongo.getCollection(CaseDocument.COLLECTION).countDocuments();

		Answer answer = api().postRequest(input.body().apply(marker));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo(INVALID_REQUEST);
		assertThat(answer.json().path("status").asInt()).isEqualTo(400);
		assertThat(errors(answer)).anySatisfy((error) -> {
			assertThat(error.path("field").asString()).isEqualTo(input.field());
			assertThat(error.path("message").asString()).contains(input.message());
		});
		assertThat(answer.raw().body()).doesNotContain(marker);
		assertNothingStored(marker, casesBefore);
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		Answer answer = api().postRequest(body("delete-me", "nope", "de", "bad id"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(errors(answer)).extracting((error) -> error.path("field").asString())
			.containsExactlyInAnyOrder("type", "email", "language", "accountId");
	}

	static Stream<BadInput> badBodies() {
		return Stream.of(
				new BadInput("malformed JSON", (m) -> "{\"type\":\"erasure\",\"email\":\"" + email(m) + "\"", null,
						"malformed-body"),
				new BadInput("not a JSON object", (m) -> "\"" + email(m) + "\"", null, "malformed-body"),
				new BadInput("empty body", (m) -> "", null, "malformed-body"),
				new BadInput("body over the size limit", (m) -> "{\"type\":\"erasure\",\"email\":\"" + email(m)
						+ "\",\"padding\":\"" + "x".repeat(70_000) + "\"}", null, "body-too-large"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void refusesABadBodyAndStoresNothing(BadInput input) {
		String marker = marker();
		long casesBefore = this.mongo.getCollection(CaseDocument.COLLECTION).countDocuments();

		Answer answer = api().postRequest(input.body().apply(marker));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo("https://oubli.org/problems/" + input.message());
		assertThat(answer.raw().body()).doesNotContain(marker);
		assertNothingStored(marker, casesBefore);
	}

	@Test
	void noRefusedRequestReachesKafkaOrTheMetric() {
		String marker = marker();
		double countedBefore = received().count();
		Stream.concat(badFields(), badBodies())
			.forEach((input) -> assertThat(api().postRequest(input.body().apply(marker)).status()).as(input.name())
				.isEqualTo(400));
		// a good request sent after them: once its event is on the topic, the relay had
		// its
		// chance to publish anything the refused ones might have left
		String goodMarker = marker();
		Answer accepted = api().postRequest(body("erasure", email(goodMarker), "en", null));
		assertThat(accepted.status()).isEqualTo(202);
		String goodId = accepted.json().path("requestId").asString();
		KafkaProbe probe = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> probe.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(1))
				.stream()
				.anyMatch((record) -> goodId.equals(record.key())));

		List<ConsumerRecord<String, String>> all = probe.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(2));
		assertThat(all).anyMatch((record) -> record.value().contains(goodMarker));
		assertThat(all).noneMatch((record) -> record.value().contains(marker));
		assertThat(received().count()).isEqualTo(countedBefore + 1);
	}

	@Test
	void acceptsTheTypeInAnyLetterCaseAndDefaultsTheLanguageToFrench() {
		Answer upper = api().postRequest(body("ERASURE", email(marker()), null, null));
		Answer mixed = api().postRequest(body("Erasure", email(marker()), "EN", "acc-1001"));

		assertThat(upper.status()).isEqualTo(202);
		assertThat(mixed.status()).isEqualTo(202);
		CaseDocument french = this.mongo.findById(upper.json().path("requestId").asString(), CaseDocument.class);
		CaseDocument english = this.mongo.findById(mixed.json().path("requestId").asString(), CaseDocument.class);
		assertThat(french.subject().language()).hasToString("FR");
		assertThat(english.subject().language()).hasToString("EN");
		assertThat(english.subject().accountId()).isEqualTo("acc-1001");
		assertThat(french.type()).hasToString("ERASURE");
	}

	private void assertNothingStored(String marker, long casesBefore) {
		List<Document> cases = this.mongo.findAll(Document.class, CaseDocument.COLLECTION);
		assertThat(cases).hasSize((int) casesBefore);
		assertThat(cases).noneMatch((stored) -> stored.toJson().contains(marker));
	}

	private Counter received() {
		return Counter.builder(RequestIntake.RECEIVED_METRIC)
			.tag("type", "erasure")
			.tag("channel", "api")
			.register(this.meters);
	}

	private static List<JsonNode> errors(Answer answer) {
		return List.copyOf(answer.json().path("errors").values());
	}

	private IntakeHttp api() {
		return new IntakeHttp(this.port);
	}

	private static String marker() {
		return "m" + UUID.randomUUID().toString().replace("-", "");
	}

	private static String email(String marker) {
		return marker + "@example.fr";
	}

}
