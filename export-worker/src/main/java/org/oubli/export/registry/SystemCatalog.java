package org.oubli.export.registry;

import java.util.List;

import org.oubli.contracts.registry.SystemDescriptor;

/**
 * The registered systems, as they stand now: {@link RegistryCatalog} over the kit's
 * registry view; tests may put a fixed list in its place.
 */
public interface SystemCatalog {

	/**
	 * Every registered system, enabled or not, in id order, as the registry view holds
	 * them (never before it has read the topic to its end once).
	 * @return the systems
	 * @throws RegistryUnavailableException when the registry cannot be read now
	 */
	List<SystemDescriptor> systems();

}
