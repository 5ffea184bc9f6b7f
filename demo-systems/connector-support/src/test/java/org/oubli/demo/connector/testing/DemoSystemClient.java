package org.oubli.demo.connector.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.demo.connector.ConnectorHeaders;
import org.oubli.kit.events.OubliJson;
import tools.jackson.databind.JsonNode;

/**
 * Calls a demo system running on a local port over real HTTP, as Oubli's erasure worker
 * and a curious human do.
 */
public final class DemoSystemClient {

	private static final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	public DemoSystemClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * {@code POST /dsar/v1/erasures}.
	 * @param idempotencyKey the header, or {@code null} to send none
	 * @param instruction the body
	 */
	public HttpResponse<String> erase(String idempotencyKey, ErasureInstruction instruction)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/dsar/v1/erasures"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(OubliJson.mapper().writeValueAsString(instruction)));
		if (idempotencyKey != null) {
			request.header(ConnectorHeaders.IDEMPOTENCY_KEY, idempotencyKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code GET /demo/subjects/{accountId}}. */
	public HttpResponse<String> summary(String accountId) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/demo/subjects/" + accountId)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The receipt a response holds. */
	public static ErasureReceipt receipt(HttpResponse<String> response) {
		return OubliJson.mapper().readValue(response.body(), ErasureReceipt.class);
	}

	/** A response's body as JSON. */
	public static JsonNode json(HttpResponse<String> response) {
		return OubliJson.mapper().readTree(response.body());
	}

	/**
	 * {@code POST /dsar/v1/records}.
	 * @param query the body
	 */
	public HttpResponse<String> records(org.oubli.contracts.connector.RecordsQuery query)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/dsar/v1/records"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(OubliJson.mapper().writeValueAsString(query)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
