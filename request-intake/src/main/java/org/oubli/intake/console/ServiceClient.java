package org.oubli.intake.console;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Calls another Oubli service's staff API as the console's service account, on behalf of
 * the signed-in member of staff ({@value #ON_BEHALF_OF}): the other service records
 * {@code <staff> via <service account>} when it trusts the console. Short timeouts; a
 * service that cannot be reached is a {@link Unreachable}, never a hang or a 500.
 */
class ServiceClient {

	/** The header naming the member of staff the console acts for. */
	static final String ON_BEHALF_OF = "X-Oubli-On-Behalf-Of";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final RestClient http;

	ServiceClient(String name, String baseUrl, ConsoleProperties.ServiceAccount account, Duration connectTimeout,
			Duration readTimeout) {
		this.name = name;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(connectTimeout).build());
		requests.setReadTimeout(readTimeout);
		String password = (account.password() != null) ? account.password() : "";
		this.http = RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((account.username() + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.defaultHeader(HttpHeaders.ACCEPT,
					MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.build();
	}

	/**
	 * An answer of the other service.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body (a missing node when there is none or it is not JSON)
	 */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/** The problem's detail (or title) for a refusal, else the status. */
		String problem() {
			String detail = this.body.path("detail").asString("");
			if (detail.isBlank()) {
				detail = this.body.path("title").asString("");
			}
			StringBuilder text = new StringBuilder(detail.isBlank() ? "HTTP " + this.status : detail);
			JsonNode errors = this.body.path("errors");
			if (errors.isArray()) {
				for (JsonNode error : errors) {
					text.append(" (")
						.append(error.path("field").asString(""))
						.append(": ")
						.append(error.path("message").asString(""))
						.append(')');
				}
			}
			return text.toString();
		}

	}

	/** The other service could not be reached or did not answer in time. */
	static final class Unreachable extends RuntimeException {

		Unreachable(String service, Throwable cause) {
			super(service + " could not be reached", cause, false, false);
		}

	}

	Answer get(String path, String onBehalfOf, Object... uriVariables) {
		return call(HttpMethod.GET, path, null, onBehalfOf, uriVariables);
	}

	Answer post(String path, Object body, String onBehalfOf, Object... uriVariables) {
		return call(HttpMethod.POST, path, body, onBehalfOf, uriVariables);
	}

	private Answer call(HttpMethod method, String path, Object body, String onBehalfOf, Object... uriVariables) {
		try {
			RestClient.RequestBodySpec request = this.http.method(method)
				.uri(path, uriVariables)
				.header(ON_BEHALF_OF, onBehalfOf);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
			}
			return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
					parse(response.getBody().readAllBytes())));
		}
		catch (ResourceAccessException ex) {
			throw new Unreachable(this.name, ex);
		}
	}

	private static JsonNode parse(byte[] body) throws IOException {
		if (body.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return MissingNode.getInstance();
		}
	}

}
