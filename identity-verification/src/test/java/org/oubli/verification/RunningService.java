package org.oubli.verification;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.kit.outbox.Outbox;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the integration tests talk to the running service: Kafka records in and out, HTTP
 * calls to its API and page, and a look at its stored documents.
 */
final class RunningService {

	static final Duration READ = Duration.ofSeconds(2);

	final EventCodec codec = new EventCodec();

	final JsonMapper json = JsonMapper.builder().build();

	final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final MongoTemplate mongo;

	RunningService(int port, MongoTemplate mongo) {
		this.port = port;
		this.mongo = mongo;
	}

	void send(EventEnvelope requestEvent) {
		this.kafka.send(Topics.REQUEST_EVENTS, requestEvent.requestId(), this.codec.encode(requestEvent));
	}

	String awaitIssuedCode(String requestId) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<ConsumerRecord<String, String>> issued = eventsOf(Topics.VERIFICATION_EVENTS, requestId,
					"VerificationCodeIssued");
			return issued.isEmpty() ? null : SecretSeal.forDevelopment()
				.open(((VerificationCodeIssued) this.codec.decode(issued.get(0).value()).payload()).sealedCode());
		}, (code) -> code != null);
	}

	List<ConsumerRecord<String, String>> eventsOf(String topic, String requestId, String type) {
		return this.kafka.readAll(topic, READ)
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.filter((record) -> type.equals(this.codec.decode(record.value()).type()))
			.toList();
	}

	void awaitOutboxEmpty(String requestId) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stored(requestId).getList(Outbox.FIELD, Document.class)).isEmpty());
	}

	Document stored(String requestId) {
		return this.mongo.findById(requestId, Document.class, "verifications");
	}

	static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

	JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://oubli.org/problems/" + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	HttpResponse<String> submit(String requestId, String code) throws IOException, InterruptedException {
		return post("/api/v1/requests/" + requestId + "/verification", "{\"code\":\"" + code + "\"}");
	}

	HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A staff call: HTTP Basic as the development agent account. */
	HttpResponse<String> postAsStaff(String path, String body) throws IOException, InterruptedException {
		String basic = java.util.Base64.getEncoder()
			.encodeToString("staff-agent:dev-agent-password".getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Every code issued for a request, opened, in order. */
	List<String> issuedCodes(String requestId) {
		return eventsOf(Topics.VERIFICATION_EVENTS, requestId, "VerificationCodeIssued").stream()
			.map((record) -> SecretSeal.forDevelopment()
				.open(((VerificationCodeIssued) this.codec.decode(record.value()).payload()).sealedCode()))
			.toList();
	}

	/**
	 * Posts a form as a browser does: loads the request's page ({@code /verify/{id}},
	 * where every form of the flow lives) first, for its CSRF cookie and token, then
	 * sends the form with the token.
	 */
	HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String pagePath = path.replaceFirst("^(/verify/[^/]+)/.*$", "$1");
		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(uri(pagePath)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher token = CSRF_META.matcher(page.body());
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form without the CSRF token of its page. */
	HttpResponse<String> postFormWithoutToken(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
