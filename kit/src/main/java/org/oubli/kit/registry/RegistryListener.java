package org.oubli.kit.registry;

import org.oubli.contracts.registry.SystemDescriptor;

/**
 * Told of every change a {@link RegistryView} reads, on the view's reader thread, in
 * topic order; must return quickly and must not throw (a throw is logged and ignored).
 */
@FunctionalInterface
public interface RegistryListener {

	/**
	 * One system changed.
	 * @param systemId the system
	 * @param previous what the view held before, or {@code null} if it was unknown
	 * @param current what it holds now, or {@code null} if the system was removed
	 * (tombstone)
	 */
	void changed(String systemId, SystemDescriptor previous, SystemDescriptor current);

}
