package org.oubli.erasure.registry;

import java.net.URI;
import java.util.List;

import org.oubli.contracts.registry.ProcessorContact;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One data-holding system as the registry knows it.
 *
 * @param id stable id, lower case ({@code payments}); used in idempotency keys, metric
 * tags and Resilience4j instance names
 * @param displayName a human name, shown to the subject
 * @param owner the team answerable for the system
 * @param mode how Oubli reaches it
 * @param baseUrl for {@link IntegrationMode#HTTP}: where its connector API lives
 * (overridable by {@code oubli.erasure.base-urls.<id>})
 * @param identifiers the identifiers it understands; only these are sent to it
 * @param categories its data categories and what to do with each, in order
 * @param processor for {@link IntegrationMode#PROCESSOR_EMAIL}: whom to write to
 */
public record RegisteredSystem(String id, String displayName, String owner, IntegrationMode mode, URI baseUrl,
		List<Identifier> identifiers, List<CategoryPolicy> categories, ProcessorContact processor) {

	@ConstructorBinding
	public RegisteredSystem {
	}

	public RegisteredSystem(String id, String displayName, String owner, IntegrationMode mode, URI baseUrl,
			List<Identifier> identifiers, List<CategoryPolicy> categories) {
		this(id, displayName, owner, mode, baseUrl, identifiers, categories, null);
	}

	RegisteredSystem withBaseUrl(URI url) {
		return new RegisteredSystem(this.id, this.displayName, this.owner, this.mode, url, this.identifiers,
				this.categories, this.processor);
	}

}
