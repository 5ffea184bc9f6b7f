package org.oubli.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff REST APIs of the running stack over real HTTP, with the development accounts'
 * HTTP Basic credentials: what an admin or a script does outside the console.
 */
final class StaffApi {

	static final String ADMIN = basic("staff-admin", "dev-admin-password");

	static final String AGENT = basic("staff-agent", "dev-agent-password");

	static final String AUDITOR = basic("staff-auditor", "dev-auditor-password");

	private final DevStack stack;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	StaffApi(DevStack stack) {
		this.stack = stack;
	}

	/** The erasure job as erasure-worker shows it to staff. */
	JsonNode erasure(String requestId) {
		HttpResponse<String> response = send("GET", erasureUrl(requestId), AGENT, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	boolean erasureExists(String requestId) {
		return send("GET", erasureUrl(requestId), AGENT, null).statusCode() == 200;
	}

	/** The tasks of the erasure job by system id, in plan order. */
	Map<String, JsonNode> tasks(String requestId) {
		Map<String, JsonNode> tasks = new LinkedHashMap<>();
		erasure(requestId).path("tasks").forEach((task) -> tasks.put(task.path("systemId").asString(), task));
		return tasks;
	}

	JsonNode task(String requestId, String systemId) {
		JsonNode task = tasks(requestId).get(systemId);
		assertThat(task).as(systemId).isNotNull();
		return task;
	}

	String erasureUrl(String requestId) {
		return this.stack.urlOf("erasure-worker") + "/staff/api/v1/erasures/" + requestId;
	}

	/** An admin registers an HTTP system in erasure-worker's registry. */
	void register(String descriptor) {
		HttpResponse<String> created = send("POST", this.stack.urlOf("erasure-worker") + "/staff/api/v1/systems", ADMIN,
				descriptor);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	/** An admin enables a seeded system (the manual paper archive, a processor). */
	void enable(String systemId) {
		HttpResponse<String> enabled = send("POST",
				this.stack.urlOf("erasure-worker") + "/staff/api/v1/systems/" + systemId + "/enable", ADMIN, null);
		assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
	}

	/**
	 * A service's audit entries about one request, as an auditor exports them (JSON, from
	 * yesterday to today, UTC).
	 * @param service the application's name in the stack
	 * @param requestId the request
	 * @return the entries, oldest first
	 */
	List<JsonNode> audit(String service, String requestId) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		HttpResponse<String> exported = send("GET", this.stack.urlOf(service) + "/staff/api/v1/audit?from="
				+ today.minusDays(1) + "&to=" + today + "&format=json&target=" + requestId, AUDITOR, null);
		assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		this.json.readTree(exported.body()).forEach(entries::add);
		return entries;
	}

	HttpResponse<String> send(String method, String url, String authorization, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + url + " interrupted", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + url + " failed", ex);
		}
	}

	JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
