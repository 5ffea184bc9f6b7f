package org.oubli.erasure.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The data-holding systems Oubli erases from, checked when the service starts: an invalid
 * entry stops the startup with an {@link InvalidRegistryException} naming it.
 */
@Component
public class SystemRegistry {

	private final List<RegisteredSystem> systems;

	public SystemRegistry(RegistryProperties properties) {
		List<RegisteredSystem> systems = properties.systems();
		Map<String, URI> baseUrls = properties.baseUrls();
		List<RegisteredSystem> effective = systems.stream()
			.map((system) -> (system.id() != null && baseUrls.containsKey(system.id()))
					? system.withBaseUrl(baseUrls.get(system.id())) : system)
			.toList();
		List<String> problems = RegistryValidator.problemsOf(effective, baseUrls);
		if (!problems.isEmpty()) {
			throw new InvalidRegistryException(problems);
		}
		this.systems = effective;
	}

	/** A registry of these systems, with these base URL overrides. */
	public static SystemRegistry of(List<RegisteredSystem> systems, Map<String, URI> baseUrls) {
		return new SystemRegistry(new RegistryProperties(systems, baseUrls));
	}

	/** Every system, in registry order. */
	public List<RegisteredSystem> systems() {
		return this.systems;
	}

	public Optional<RegisteredSystem> find(String systemId) {
		return this.systems.stream().filter((system) -> system.id().equals(systemId)).findFirst();
	}

	/** Where the connector API of an http system lives now (overrides applied). */
	public Optional<URI> baseUrlOf(String systemId) {
		return find(systemId).filter((system) -> system.mode() == IntegrationMode.HTTP).map(RegisteredSystem::baseUrl);
	}

}
