package org.oubli.intake.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * erasure-worker's systems registry ({@code /staff/api/v1/systems}, ADMIN only there),
 * called as the console's administrator account ({@code oubli.console.admin-account}) on
 * behalf of a signed-in ADMIN. The callers check the role first: this account is never
 * used for anyone else.
 */
@Component
class SystemsRegistry {

	static final String SYSTEMS = "/staff/api/v1/systems";

	private final ServiceClient erasure;

	SystemsRegistry(ConsoleProperties properties) {
		this.erasure = properties.adminAccount().configured() ? new ServiceClient("erasure-worker",
				properties.erasureUrl(), properties.adminAccount().asServiceAccount(), properties.connectTimeout(),
				properties.readTimeout()) : null;
	}

	/** How reading the registry went. */
	enum Lookup {

		/** The systems are listed. */
		FOUND,
		/** No administrator account is configured: nothing was called. */
		NOT_CONFIGURED,
		/** erasure-worker could not be reached, or did not answer in time. */
		UNREACHABLE,
		/** erasure-worker answered with an error (its account refused, a failure). */
		FAILED

	}

	/**
	 * The registry as read.
	 *
	 * @param lookup how it went
	 * @param status erasure-worker's HTTP status when it answered with an error
	 * @param systems the systems, in plan order
	 */
	record Listing(Lookup lookup, int status, List<SystemRow> systems) {

	}

	/**
	 * One system as the page shows it. The processor's privacy address is not shown (it
	 * may name a person): only its organisation and whether an address is on file.
	 *
	 * @param id the system's id
	 * @param displayName its name
	 * @param owner the team answering for it
	 * @param mode how Oubli reaches it
	 * @param enabled whether new plans include it
	 * @param categories the personal data it holds
	 * @param processorOrganisation the processor's organisation, if any
	 * @param processorContact whether a privacy contact is on file
	 * @param version the registry's version of it (optimistic concurrency)
	 */
	record SystemRow(String id, String displayName, String owner, String mode, boolean enabled,
			List<CategoryRow> categories, String processorOrganisation, boolean processorContact, long version) {

	}

	/**
	 * One category of personal data and what erasure does to it.
	 *
	 * @param name the category
	 * @param action ERASE, ANONYMISE or RETAIN
	 * @param technique the anonymisation technique
	 * @param legalBasis why it is retained
	 * @param retainFor how long (ISO 8601 period)
	 */
	record CategoryRow(String name, String action, String technique, String legalBasis, String retainFor) {

	}

	boolean configured() {
		return this.erasure != null;
	}

	Listing list(String admin) {
		if (this.erasure == null) {
			return new Listing(Lookup.NOT_CONFIGURED, 0, List.of());
		}
		ServiceClient.Answer answer;
		try {
			answer = this.erasure.get(SYSTEMS, admin);
		}
		catch (ServiceClient.Unreachable ex) {
			return new Listing(Lookup.UNREACHABLE, 0, List.of());
		}
		if (!answer.ok() || !answer.body().isArray()) {
			return new Listing(Lookup.FAILED, answer.status(), List.of());
		}
		List<SystemRow> systems = new ArrayList<>();
		for (JsonNode system : answer.body()) {
			List<CategoryRow> categories = new ArrayList<>();
			for (JsonNode category : system.path("categories")) {
				categories.add(new CategoryRow(category.path("name").asString(""), text(category, "action"),
						text(category, "technique"), text(category, "legalBasis"), text(category, "retainFor")));
			}
			JsonNode processor = system.path("processor");
			systems.add(new SystemRow(system.path("id").asString(""), text(system, "displayName"),
					text(system, "owner"), text(system, "mode"), system.path("enabled").asBoolean(false),
					List.copyOf(categories), text(processor, "organisation"), text(processor, "privacyEmail") != null,
					system.path("version").asLong(0)));
		}
		return new Listing(Lookup.FOUND, answer.status(), List.copyOf(systems));
	}

	/**
	 * Enables or disables a system, based on the version the administrator saw.
	 * @throws ServiceClient.Unreachable when erasure-worker cannot be reached
	 */
	ServiceClient.Answer setEnabled(String systemId, boolean enabled, long version, String admin) {
		if (this.erasure == null) {
			throw new IllegalStateException("oubli.console.admin-account is not configured");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		return this.erasure.post(SYSTEMS + "/{id}/" + (enabled ? "enable" : "disable"), body, admin, systemId);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

}
