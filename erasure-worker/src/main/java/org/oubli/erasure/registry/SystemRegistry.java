package org.oubli.erasure.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.SystemDescriptor;

/**
 * The data-holding systems as they stand now, read from the registry's store (through a
 * short-lived snapshot: {@code oubli.erasure.registry-cache-for}), so a change made
 * through the admin API applies to the next fan-out on this instance and within the
 * snapshot's life on the others. Base URLs of http systems can be overridden per
 * deployment ({@code oubli.erasure.base-urls.<id>}); the override wins at call time.
 */
public class SystemRegistry {

	private final Supplier<List<SystemDescriptor>> systems;

	private final Map<String, URI> baseUrls;

	public SystemRegistry(Supplier<List<SystemDescriptor>> systems, Map<String, URI> baseUrls) {
		this.systems = systems;
		this.baseUrls = Map.copyOf(baseUrls);
	}

	/** A fixed registry of these systems (tests). */
	public static SystemRegistry of(List<SystemDescriptor> systems, Map<String, URI> baseUrls) {
		List<SystemDescriptor> fixed = List.copyOf(systems);
		return new SystemRegistry(() -> fixed, baseUrls);
	}

	/** Every system, disabled ones too, in plan order. */
	public List<SystemDescriptor> systems() {
		return this.systems.get();
	}

	/** The systems new plans include, in plan order. */
	public List<SystemDescriptor> enabledSystems() {
		return systems().stream().filter(SystemDescriptor::enabled).toList();
	}

	public Optional<SystemDescriptor> find(String systemId) {
		return systems().stream().filter((system) -> system.id().equals(systemId)).findFirst();
	}

	/**
	 * Where the connector API of an http system lives now: the deployment's override, or
	 * the registry's base URL. Empty for an unknown system or another mode.
	 */
	public Optional<URI> baseUrlOf(String systemId) {
		return find(systemId).filter((system) -> system.mode() == IntegrationMode.HTTP)
			.map((system) -> this.baseUrls.containsKey(systemId) ? this.baseUrls.get(systemId)
					: URI.create(system.baseUrl()));
	}

}
