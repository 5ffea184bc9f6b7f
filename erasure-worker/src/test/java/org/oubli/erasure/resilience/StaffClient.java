package org.oubli.erasure.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls erasure-worker's HTTP endpoints as a member of staff (HTTP Basic
 * {@code staff-agent} / {@code dev-agent-password}, role AGENT) or anonymously.
 */
final class StaffClient {

	private static final String AGENT = "Basic "
			+ Base64.getEncoder().encodeToString("staff-agent:dev-agent-password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	StaffClient(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Authorization", AGENT).GET());
	}

	HttpResponse<String> getAnonymously(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	HttpResponse<String> post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", AGENT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
