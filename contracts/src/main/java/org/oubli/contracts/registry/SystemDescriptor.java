package org.oubli.contracts.registry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A registered data-holding system, as published on {@code oubli.registry.systems}.
 *
 * @param id stable lower-case id: idempotency keys, metric tags, Resilience4j instance
 * names
 * @param displayName shown to staff and subjects
 * @param owner the team answering for it
 * @param mode how Oubli reaches it
 * @param baseUrl for {@link IntegrationMode#HTTP}: where its DSAR endpoints are
 * @param identifiers what it can look a subject up by ({@code email}, {@code account-id})
 * @param processor for {@link IntegrationMode#PROCESSOR_EMAIL}: whom to write to
 * @param enabled a disabled system is left out of new plans
 * @param categories the personal data it holds, in order
 * @param version increases with every change
 * @param updatedAt when it last changed
 */
public record SystemDescriptor(String id, String displayName, String owner, IntegrationMode mode, String baseUrl,
		List<String> identifiers, ProcessorContact processor, boolean enabled, List<CategoryDescriptor> categories,
		long version, Instant updatedAt) {

	public SystemDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(mode, "mode");
		identifiers = (identifiers != null) ? List.copyOf(identifiers) : List.of();
		categories = (categories != null) ? List.copyOf(categories) : List.of();
	}

}
