package org.oubli.demo.partners;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.kit.events.OubliJson;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each partner misbehaves as documented, over real HTTP against the MongoDB wire server
 * (slow-partner answers after 200 ms here).
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-partners", "spring.mongodb.database=demo-partners-it",
				"oubli.demo.partners.slow-delay=PT0.2S", "oubli.demo.partners.flaky-failures=2" })
class PartnersIT {

	private static final SubjectIdentifiers LUCAS = new SubjectIdentifiers(EmailAddress.of("lucas.bernard@example.fr"),
			"acc-1002");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void flakyPartnerFailsTwiceThenErases() throws Exception {
		ErasureInstruction instruction = instruction("flaky-partner", CategoryInstruction.erase("account"));

		assertThat(post("/flaky-partner/dsar/v1/erasures", instruction, instruction.idempotencyKey()).statusCode())
			.isEqualTo(503);
		assertThat(post("/flaky-partner/dsar/v1/erasures", instruction, instruction.idempotencyKey()).statusCode())
			.isEqualTo(503);
		HttpResponse<String> third = post("/flaky-partner/dsar/v1/erasures", instruction, instruction.idempotencyKey());

		assertThat(third.statusCode()).isEqualTo(200);
		assertThat(OubliJson.mapper().readValue(third.body(), ErasureReceipt.class).outcomes())
			.containsExactly(CategoryOutcome.erased("account", 1));
		assertThat(records("flaky-partner", instruction, "account").records()).isEmpty();
	}

	@Test
	void malformedPartnerAnswersSomethingThatIsNotAReceiptAndHasNoRecordsEndpoint() throws Exception {
		ErasureInstruction instruction = instruction("malformed-partner", CategoryInstruction.erase("newsletter"));

		HttpResponse<String> answer = post("/malformed-partner/dsar/v1/erasures", instruction,
				instruction.idempotencyKey());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("completedAt");
		assertThat(post("/malformed-partner/dsar/v1/records", query(instruction, "newsletter"), null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void forgetfulPartnerAcknowledgesButKeepsTheDataUntilSwitchedOff() throws Exception {
		ErasureInstruction instruction = instruction("forgetful-partner", CategoryInstruction.erase("profile"));

		HttpResponse<String> answer = post("/forgetful-partner/dsar/v1/erasures", instruction,
				instruction.idempotencyKey());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(OubliJson.mapper().readValue(answer.body(), ErasureReceipt.class).outcomes())
			.containsExactly(CategoryOutcome.erased("profile", 1));
		assertThat(records("forgetful-partner", instruction, "profile").records()).hasSize(1);

		send(HttpRequest.newBuilder(URI.create(url("/forgetful-partner/behaviour/keeps-data")))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("false")));
		ErasureInstruction again = instruction("forgetful-partner", CategoryInstruction.erase("profile"));
		assertThat(post("/forgetful-partner/dsar/v1/erasures", again, again.idempotencyKey()).statusCode())
			.isEqualTo(200);
		assertThat(records("forgetful-partner", again, "profile").records()).isEmpty();
	}

	@Test
	void slowPartnerStillAnswersCorrectly() throws Exception {
		ErasureInstruction instruction = instruction("slow-partner", CategoryInstruction.erase("sessions"));

		HttpResponse<String> answer = post("/slow-partner/dsar/v1/erasures", instruction, instruction.idempotencyKey());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(OubliJson.mapper().readValue(answer.body(), ErasureReceipt.class).systemId())
			.isEqualTo("slow-partner");
	}

	@Test
	void anUnknownPartnerIsAProblem() throws Exception {
		ErasureInstruction instruction = instruction("nobody", CategoryInstruction.erase("x"));

		HttpResponse<String> answer = post("/nobody/dsar/v1/erasures", instruction, instruction.idempotencyKey());

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain("lucas");
	}

	private RecordsPage records(String partner, ErasureInstruction instruction, String category) throws Exception {
		HttpResponse<String> response = post("/" + partner + "/dsar/v1/records", query(instruction, category), null);
		assertThat(response.statusCode()).isEqualTo(200);
		return OubliJson.mapper().readValue(response.body(), RecordsPage.class);
	}

	private static RecordsQuery query(ErasureInstruction instruction, String category) {
		return new RecordsQuery(instruction.requestId(), instruction.systemId(), instruction.subject(), category, null,
				5);
	}

	private static ErasureInstruction instruction(String partner, CategoryInstruction category) {
		String requestId = UUID.randomUUID().toString();
		return new ErasureInstruction(requestId, partner, ErasureInstruction.idempotencyKeyOf(requestId, partner),
				LUCAS, List.of(category));
	}

	private HttpResponse<String> post(String path, Object body, String idempotencyKey) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(OubliJson.mapper().writeValueAsString(body)));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
