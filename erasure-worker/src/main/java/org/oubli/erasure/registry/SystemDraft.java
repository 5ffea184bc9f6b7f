package org.oubli.erasure.registry;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.registry.SystemDescriptor;

/**
 * A data-holding system as submitted: an entry of {@code erasure-systems.yml} or the body
 * of {@code POST|PUT /staff/api/v1/systems}. Every field may be missing or wrong here;
 * {@link SystemValidator} names each problem before anything is stored.
 *
 * @param id stable lower-case id
 * @param displayName shown to staff and subjects
 * @param owner the team answering for it
 * @param mode how Oubli reaches it ({@code http}, {@code kafka}, {@code manual},
 * {@code processor-email} in YAML; the enum names in JSON)
 * @param baseUrl for HTTP only: where its DSAR endpoints are
 * @param identifiers {@code email}, {@code account-id}
 * @param processor for PROCESSOR_EMAIL only: whom to write to
 * @param enabled whether new plans include it; absent means enabled on create and
 * unchanged on update
 * @param categories the personal data it holds, in order
 * @param version for an update: the version the change is based on
 */
public record SystemDraft(String id, String displayName, String owner, IntegrationMode mode, String baseUrl,
		List<String> identifiers, ProcessorContact processor, Boolean enabled, List<CategoryDraft> categories,
		Long version) {

	SystemDescriptor toDescriptor(boolean enabled, long version, Instant updatedAt) {
		return new SystemDescriptor(this.id, this.displayName, this.owner, this.mode, blankToNull(this.baseUrl),
				this.identifiers, this.processor, enabled,
				this.categories.stream().map(CategoryDraft::toDescriptor).toList(), version, updatedAt);
	}

	/** The same draft under another base URL (deployment override). */
	SystemDraft withBaseUrl(String url) {
		return new SystemDraft(this.id, this.displayName, this.owner, this.mode, url, this.identifiers, this.processor,
				this.enabled, this.categories, this.version);
	}

	/** A draft that would store {@code system} unchanged. */
	public static SystemDraft of(SystemDescriptor system) {
		return new SystemDraft(system.id(), system.displayName(), system.owner(), system.mode(), system.baseUrl(),
				system.identifiers(), system.processor(), system.enabled(),
				system.categories().stream().map(CategoryDraft::of).toList(), system.version());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
