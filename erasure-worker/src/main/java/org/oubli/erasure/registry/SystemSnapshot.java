package org.oubli.erasure.registry;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.oubli.contracts.registry.SystemDescriptor;

/**
 * The stored systems, read again at most every {@code cacheFor} (a fan-out and each http
 * dispatch ask for them; one read costs a round trip and a few JSON parses), and at once
 * after a change made on this instance. A change made on another instance reaches this
 * one's plans within {@code cacheFor}.
 */
final class SystemSnapshot implements Supplier<List<SystemDescriptor>> {

	private final SystemStore store;

	private final long cacheForNanos;

	private volatile Read last;

	SystemSnapshot(SystemStore store, Duration cacheFor) {
		this.store = store;
		this.cacheForNanos = cacheFor.toNanos();
	}

	@Override
	public List<SystemDescriptor> get() {
		Read read = this.last;
		long now = System.nanoTime();
		if (read == null || now - read.at() >= this.cacheForNanos) {
			read = new Read(this.store.all(), now);
			this.last = read;
		}
		return read.systems();
	}

	/** Forgets what was read: the next call reads the store. */
	void invalidate() {
		this.last = null;
	}

	private record Read(List<SystemDescriptor> systems, long at) {
	}

}
