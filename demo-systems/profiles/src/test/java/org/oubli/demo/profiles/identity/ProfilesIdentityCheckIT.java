package org.oubli.demo.profiles.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /dsar/v1/identity-checks} over real HTTP against the MongoDB wire server
 * with the seeded demo people: it confirms a data point on file, and answers a wrong
 * value and an unknown address with the very same status and body (no enumeration),
 * without logging either.
 */
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,demo-profiles",
				"spring.mongodb.database=demo-profiles-identity-it" })
@ExtendWith(OutputCaptureExtension.class)
class ProfilesIdentityCheckIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void confirmsAPhoneNumberOrAccountIdOnFileWhateverItsFormatting() throws Exception {
		assertThat(check("camille.martin@example.fr", "PHONE", "06 39 98 10 01").body()).isEqualTo("{\"match\":true}");
		assertThat(check("camille.martin@example.fr", "PHONE", "+33 6 39 98 10 01").body())
			.isEqualTo("{\"match\":true}");
		assertThat(check("camille.martin@example.fr", "ACCOUNT_ID", " ACC-1001 ").body()).isEqualTo("{\"match\":true}");
		assertThat(check("camille.martin@example.fr", "ACCOUNT_ID", "acc-1002").body()).isEqualTo("{\"match\":false}");
	}

	@Test
	void aWrongValueAndAnUnknownAddressGetTheSameAnswer(CapturedOutput output) throws Exception {
		HttpResponse<String> wrongValue = check("lucas.bernard@example.fr", "PHONE", "06 00 00 00 00");
		HttpResponse<String> noAccount = check("nobody.here@example.fr", "PHONE", "06 00 00 00 00");
		HttpResponse<String> noAccountOtherKind = check("nobody.here@example.fr", "ACCOUNT_ID", "acc-1002");
		HttpResponse<String> wrongOtherKind = check("lucas.bernard@example.fr", "ACCOUNT_ID", "acc-1001");

		for (HttpResponse<String> response : java.util.List.of(wrongValue, noAccount, noAccountOtherKind,
				wrongOtherKind)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("{\"match\":false}");
			assertThat(response.headers().firstValue("Content-Type"))
				.isEqualTo(wrongValue.headers().firstValue("Content-Type"));
		}
		assertThat(output.getAll()).doesNotContain("lucas", "nobody.here", "06 00 00 00 00", "acc-1001");
	}

	@Test
	void anIncompleteCheckIsAProblemThatRepeatsNothing() throws Exception {
		HttpResponse<String> response = post("{\"requestId\":\"" + UUID.randomUUID()
				+ "\",\"email\":\"camille.martin@example.fr\",\"kind\":\"PHONE\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("value").doesNotContain("camille");
	}

	private HttpResponse<String> check(String email, String kind, String value) throws Exception {
		return post("{\"requestId\":\"" + UUID.randomUUID() + "\",\"email\":\"" + email + "\",\"kind\":\"" + kind
				+ "\",\"value\":\"" + value + "\"}");
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/dsar/v1/identity-checks"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
