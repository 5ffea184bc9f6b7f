package org.oubli.erasure.registry;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.SystemDescriptor;

/**
 * Stores the YAML seed on start, before any listener runs: every seeded system whose id
 * is not stored yet is inserted (version 1, at its seed position); a stored system is
 * never touched, so an administrator's edits survive restarts and a system added to the
 * YAML later is registered on the next start. The whole seed is checked first: one bad
 * entry stops the startup with every problem named, and nothing is stored. Then every
 * stored system's current descriptor is published again, so the compacted topic holds the
 * registry's state even if it was lost or a publication raced.
 */
final class RegistrySeed {

	private static final Logger log = LoggerFactory.getLogger(RegistrySeed.class);

	private RegistrySeed() {
	}

	static void apply(SystemStore store, RegistryProperties properties, Instant now) {
		List<SystemDraft> seed = withBaseUrls(properties.systems(), properties.baseUrls());
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < seed.size(); i++) {
			SystemDraft draft = seed.get(i);
			String where = "systems[" + i + "]" + ((draft.id() != null) ? " (" + draft.id() + ")" : "");
			SystemValidator.problemsOf(draft).forEach((problem) -> problems.add(where + "." + problem));
			if (draft.id() != null && !ids.add(draft.id())) {
				problems.add(where + ": id '" + draft.id() + "' is used twice");
			}
		}
		List<SystemDescriptor> stored = store.all();
		properties.baseUrls().keySet().forEach((id) -> checkOverride(id, seed, stored, problems));
		if (!problems.isEmpty()) {
			throw new InvalidRegistryException(problems);
		}
		Set<String> inserted = new HashSet<>();
		Instant at = now.truncatedTo(ChronoUnit.MILLIS);
		for (int i = 0; i < seed.size(); i++) {
			SystemDraft draft = seed.get(i);
			if (store.insert(draft.toDescriptor(!Boolean.FALSE.equals(draft.enabled()), 1, at), i)) {
				inserted.add(draft.id());
			}
		}
		// one outbox entry per system: a system just inserted carries its own already. So
		// the relay has one record in flight to the freshly created partition at a time
		// (Kafka 4.1 can lose the first of two in-flight batches to a partition it has
		// not
		// finished creating, KAFKA-15591, and the relay would wait for it until the
		// delivery timeout)
		List<SystemDescriptor> all = store.all();
		all.stream().filter((system) -> !inserted.contains(system.id())).forEach(store::republish);
		log.info("Registry: {} system(s) seeded, {} registered, all published", inserted.size(), all.size());
	}

	private static List<SystemDraft> withBaseUrls(List<SystemDraft> seed, Map<String, URI> baseUrls) {
		return seed.stream()
			.map((draft) -> (draft.id() != null && baseUrls.containsKey(draft.id()))
					? draft.withBaseUrl(baseUrls.get(draft.id()).toString()) : draft)
			.toList();
	}

	private static void checkOverride(String id, List<SystemDraft> seed, List<SystemDescriptor> stored,
			List<String> problems) {
		IntegrationMode mode = stored.stream()
			.filter((system) -> system.id().equals(id))
			.map(SystemDescriptor::mode)
			.findFirst()
			.orElseGet(() -> seed.stream()
				.filter((draft) -> id.equals(draft.id()))
				.map(SystemDraft::mode)
				.findFirst()
				.orElse(null));
		if (mode == null) {
			problems.add("base-urls." + id + ": no system has the id '" + id + "'");
		}
		else if (mode != IntegrationMode.HTTP) {
			problems.add("base-urls." + id + ": system '" + id + "' is not reached over http");
		}
	}

}
