package org.oubli.intake.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * What the console asks of erasure-worker (job views, task retries and completions) and
 * identity-verification (attestations), through {@link ServiceClient}.
 */
@Component
class OtherServices {

	static final String ERASURE = "/staff/api/v1/erasures/{requestId}";

	static final String ATTESTATION = "/staff/api/v1/verifications/{requestId}/attestation";

	private final ServiceClient erasure;

	private final ServiceClient verification;

	OtherServices(ConsoleProperties properties) {
		this.erasure = new ServiceClient("erasure-worker", properties.erasureUrl(), properties.serviceAccount(),
				properties.connectTimeout(), properties.readTimeout());
		this.verification = new ServiceClient("identity-verification", properties.verificationUrl(),
				properties.serviceAccount(), properties.connectTimeout(), properties.readTimeout());
	}

	/** How the lookup of an erasure job went. */
	enum Lookup {

		/** The job is there. */
		FOUND,
		/** erasure-worker has no job for this request (yet). */
		NONE,
		/** erasure-worker could not be reached, or did not answer in time. */
		UNREACHABLE,
		/** erasure-worker answered with an error (its account refused, a failure). */
		FAILED

	}

	/**
	 * An erasure job as erasure-worker shows it to staff.
	 *
	 * @param lookup how the lookup went
	 * @param status the job's status
	 * @param dueOn the due date erasure-worker knows
	 * @param certificateAvailable whether its certificate can be downloaded
	 * @param tasks per system
	 */
	record Job(Lookup lookup, String status, LocalDate dueOn, boolean certificateAvailable, List<Task> tasks) {

		static Job absent(Lookup lookup) {
			return new Job(lookup, null, null, false, List.of());
		}

		Map<String, Task> bySystem() {
			Map<String, Task> map = new LinkedHashMap<>();
			this.tasks.forEach((task) -> map.put(task.systemId(), task));
			return map;
		}

	}

	/**
	 * One system's task.
	 *
	 * @param systemId the system
	 * @param mode how it is reached (http, kafka, manual, processor-email)
	 * @param status PENDING, DONE or FAILED
	 * @param staffTask whether staff must record its outcome
	 * @param attempts instructions sent
	 * @param lastError the last failure
	 * @param nextAttemptAt the next durable retry
	 * @param escalateAt when it goes to a person if still pending
	 * @param categories what was instructed (as erasure-worker sent it)
	 */
	record Task(String systemId, String mode, String status, boolean staffTask, int attempts, String lastError,
			Instant nextAttemptAt, Instant escalateAt, JsonNode categories) {

	}

	Job erasureJob(String requestId, String staff) {
		ServiceClient.Answer answer;
		try {
			answer = this.erasure.get(ERASURE, staff, requestId);
		}
		catch (ServiceClient.Unreachable ex) {
			return Job.absent(Lookup.UNREACHABLE);
		}
		if (answer.status() == 404) {
			return Job.absent(Lookup.NONE);
		}
		if (!answer.ok()) {
			return Job.absent(Lookup.FAILED);
		}
		JsonNode body = answer.body();
		List<Task> tasks = new ArrayList<>();
		for (JsonNode task : body.path("tasks")) {
			tasks.add(new Task(task.path("systemId").asString(""), task.path("mode").asString(null),
					task.path("status").asString(null), task.path("staffTask").asBoolean(false),
					task.path("attempts").asInt(0), text(task, "lastError"), instant(task, "nextAttemptAt"),
					instant(task, "escalateAt"), task.path("categories")));
		}
		String dueOn = text(body, "dueOn");
		return new Job(Lookup.FOUND, text(body, "status"), (dueOn != null) ? LocalDate.parse(dueOn) : null,
				body.path("certificateAvailable").asBoolean(false), List.copyOf(tasks));
	}

	ServiceClient.Answer retry(String requestId, String systemId, String staff) {
		return this.erasure.post(ERASURE + "/tasks/{systemId}/retry", null, staff, requestId, systemId);
	}

	/**
	 * Records a task done by hand: one outcome per instructed category, as instructed
	 * (erased, anonymised with its technique, retained under its legal basis).
	 */
	ServiceClient.Answer complete(String requestId, String systemId, String evidence, Task task, String staff) {
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (JsonNode category : task.categories()) {
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("category", category.path("category").asString());
			switch (category.path("action").asString("")) {
				case "ANONYMISE" -> {
					outcome.put("outcome", "ANONYMISED");
					outcome.put("technique", text(category, "technique"));
				}
				case "RETAIN" -> {
					outcome.put("outcome", "RETAINED");
					outcome.put("legalBasis", text(category, "legalBasis"));
					outcome.put("retainedUntil", text(category, "retainUntil"));
				}
				default -> outcome.put("outcome", "ERASED");
			}
			outcome.put("records", 0);
			outcomes.add(outcome);
		}
		return this.erasure.post(ERASURE + "/tasks/{systemId}/completion",
				Map.of("evidence", evidence, "outcomes", outcomes), staff, requestId, systemId);
	}

	/** Records staff's approval of a manual identity review (an authorized agent's). */
	ServiceClient.Answer approveIdentity(String requestId, String method, String note, String staff) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", "APPROVED");
		body.put("method", method);
		body.put("note", note);
		return this.verification.post(ATTESTATION, body, staff, requestId);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	private static Instant instant(JsonNode node, String field) {
		String value = text(node, field);
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
