package org.oubli.export.registry;

import java.time.Duration;
import java.util.List;

import org.oubli.contracts.Topics;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.registry.RegistryView;

/**
 * The {@link SystemCatalog} over the kit's {@link RegistryView}, which follows
 * {@value Topics#REGISTRY_SYSTEMS} for the life of the service. A job asks for the
 * systems only once the view has read the topic to where it ended when the view started;
 * it waits for that at most {@code wait}, then fails with
 * {@link RegistryUnavailableException} (the topic does not exist yet, or the broker
 * cannot be reached) instead of exporting from an empty or half-read registry.
 */
public class RegistryCatalog implements SystemCatalog {

	private final RegistryView view;

	private final Duration wait;

	/**
	 * @param view the view, started with the application context
	 * @param wait how long a job waits for the view to be ready
	 */
	public RegistryCatalog(RegistryView view, Duration wait) {
		this.view = view;
		this.wait = wait;
	}

	@Override
	public List<SystemDescriptor> systems() {
		if (!this.view.isReady()) {
			try {
				if (!this.view.awaitReady(this.wait)) {
					throw new RegistryUnavailableException("registry not read within " + this.wait + " (topic "
							+ Topics.REGISTRY_SYSTEMS + " missing, or the broker unreachable)", null);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RegistryUnavailableException("interrupted while waiting for the registry", ex);
			}
		}
		return this.view.systems();
	}

}
