package org.oubli.intake.deadletters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the staff API over real HTTP as one of the development staff accounts (or
 * anonymously).
 */
final class StaffClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private final String authorization;

	private StaffClient(int port, String user, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = (user != null)
				? "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
				: null;
	}

	static StaffClient agent(int port) {
		return new StaffClient(port, "staff-agent", "dev-agent-password");
	}

	static StaffClient admin(int port) {
		return new StaffClient(port, "staff-admin", "dev-admin-password");
	}

	static StaffClient auditor(int port) {
		return new StaffClient(port, "staff-auditor", "dev-auditor-password");
	}

	static StaffClient anonymous(int port) {
		return new StaffClient(port, null, null);
	}

	/** An answer: status, raw body, body as JSON (empty object when none or not JSON). */
	record Answer(int status, String body, JsonNode json, String contentType) {

	}

	Answer get(String path) {
		return send(builder(path).GET());
	}

	Answer post(String path, String json) {
		HttpRequest.Builder builder = builder(path);
		if (json != null) {
			builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			builder.POST(HttpRequest.BodyPublishers.noBody());
		}
		return send(builder);
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			JsonNode json;
			try {
				json = (body == null || body.isBlank()) ? JSON.createObjectNode() : JSON.readTree(body);
			}
			catch (RuntimeException notJson) {
				json = JSON.createObjectNode();
			}
			return new Answer(response.statusCode(), body, json,
					response.headers().firstValue("Content-Type").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Call failed: " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.uri(), ex);
		}
	}

}
