package org.oubli.export.registry;

import java.util.List;

import org.oubli.contracts.registry.SystemDescriptor;

/**
 * The registered systems, as they stand now. A port: the Kafka reader below today, the
 * kit's shared registry view once it exists.
 */
public interface SystemCatalog {

	/**
	 * Every registered system, enabled or not, in id order, read up to the current end of
	 * the registry (never a stale or half-read view).
	 * @return the systems
	 * @throws RegistryUnavailableException when the registry cannot be read now
	 */
	List<SystemDescriptor> systems();

}
