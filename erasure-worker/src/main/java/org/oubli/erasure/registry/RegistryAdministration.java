package org.oubli.erasure.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.NotFoundException;

/**
 * What an administrator does to the registry: create, update, enable, disable. Each
 * change is checked whole first (nothing half-stored), written in one single-document
 * update conditional on the version it read, and published on
 * {@code oubli.registry.systems} through the document's outbox. Each change that happened
 * goes on the audit trail ({@code system.created}, {@code system.updated},
 * {@code system.disabled}, {@code system.enabled}: who, the system id and its new
 * version); a call that changes nothing records nothing.
 */
public class RegistryAdministration {

	private static final Logger log = LoggerFactory.getLogger(RegistryAdministration.class);

	private static final int MAX_RACES = 10;

	private final SystemStore store;

	private final SystemSnapshot snapshot;

	private final OutboxRelay relay;

	private final Clock clock;

	private final AuditTrail audit;

	RegistryAdministration(SystemStore store, SystemSnapshot snapshot, OutboxRelay relay, Clock clock,
			AuditTrail audit) {
		this.store = store;
		this.snapshot = snapshot;
		this.relay = relay;
		this.clock = clock;
		this.audit = audit;
	}

	/** Every system, disabled ones too, in plan order. */
	public List<SystemDescriptor> list() {
		return this.store.all();
	}

	/**
	 * The system with this id.
	 * @throws NotFoundException if there is no such system
	 */
	public SystemDescriptor get(String id) {
		if (id == null || !SystemValidator.ID.matcher(id).matches()) {
			// never repeat what a client put where an id belongs
			throw new NotFoundException("System", "with this id");
		}
		return this.store.find(id).orElseThrow(() -> new NotFoundException("System", id));
	}

	/**
	 * Registers a new system at the end of the plan order, enabled unless the draft says
	 * otherwise, at version 1.
	 * @throws InvalidSystemException naming every bad field
	 * @throws ConflictException if the id is taken
	 */
	public SystemDescriptor create(SystemDraft draft, String actor) {
		check(draft);
		SystemDescriptor created = draft.toDescriptor(!Boolean.FALSE.equals(draft.enabled()), 1, now());
		if (!this.store.insert(created, this.store.nextPosition())) {
			throw new ConflictException("system-exists", "A system with this id is registered already");
		}
		this.snapshot.invalidate();
		this.relay.wakeUp();
		log.info("Registry: system {} created ({}, {})", created.id(), created.mode(),
				created.enabled() ? "enabled" : "disabled");
		audited(actor, "system.created", created);
		return created;
	}

	/**
	 * Replaces a system's description, based on the version the caller read.
	 * @throws InvalidSystemException naming every bad field
	 * @throws ConflictException if the system changed since that version
	 * @throws NotFoundException if there is no such system
	 */
	public SystemDescriptor update(String id, SystemDraft draft, String actor) {
		SystemDescriptor current = get(id);
		if (draft != null && draft.id() == null) {
			draft = new SystemDraft(id, draft.displayName(), draft.owner(), draft.mode(), draft.baseUrl(),
					draft.identifiers(), draft.processor(), draft.enabled(), draft.categories(), draft.version());
		}
		List<SystemProblem> problems = new java.util.ArrayList<>(SystemValidator.problemsOf(draft));
		if (draft != null && draft.id() != null && !draft.id().equals(id)) {
			problems.add(new SystemProblem("id", "cannot change; must be the id in the path"));
		}
		if (draft != null && draft.version() == null) {
			problems.add(new SystemProblem("version", "is missing (the version this change is based on)"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidSystemException(problems);
		}
		if (draft.version() != current.version()) {
			throw stale(current);
		}
		boolean enabled = (draft.enabled() != null) ? draft.enabled() : current.enabled();
		SystemDescriptor next = draft.toDescriptor(enabled, current.version() + 1, now());
		if (sameContent(current, next)) {
			return current;
		}
		if (!enabled && current.enabled()) {
			refuseDisablingTheLast(id);
		}
		if (!this.store.replace(current.version(), next)) {
			throw stale(get(id));
		}
		this.snapshot.invalidate();
		this.relay.wakeUp();
		log.info("Registry: system {} updated to version {}", id, next.version());
		audited(actor, "system.updated", next);
		return next;
	}

	/**
	 * Includes a system in new plans again, or leaves it out of them. Running jobs keep
	 * their frozen plan. Doing it twice changes nothing the second time.
	 * @throws ConflictException when disabling the last enabled system
	 * @throws NotFoundException if there is no such system
	 */
	public SystemDescriptor setEnabled(String id, boolean enabled, String actor) {
		return setEnabled(id, enabled, null, actor);
	}

	/**
	 * As {@link #setEnabled(String, boolean, String)}, based on the version the caller
	 * read (when given): a system changed since is refused ({@code stale-version}).
	 * @throws ConflictException when disabling the last enabled system, or when
	 * {@code basedOn} is not the current version
	 * @throws NotFoundException if there is no such system
	 */
	public SystemDescriptor setEnabled(String id, boolean enabled, Long basedOn, String actor) {
		for (int race = 0; race < MAX_RACES; race++) {
			SystemDescriptor current = get(id);
			if (basedOn != null && basedOn != current.version()) {
				throw stale(current);
			}
			if (current.enabled() == enabled) {
				return current;
			}
			if (!enabled) {
				refuseDisablingTheLast(id);
			}
			SystemDescriptor next = new SystemDescriptor(current.id(), current.displayName(), current.owner(),
					current.mode(), current.baseUrl(), current.identifiers(), current.processor(), enabled,
					current.categories(), current.version() + 1, now());
			if (this.store.replace(current.version(), next)) {
				this.snapshot.invalidate();
				this.relay.wakeUp();
				log.info("Registry: system {} {}", id, enabled ? "enabled" : "disabled");
				audited(actor, enabled ? "system.enabled" : "system.disabled", next);
				return next;
			}
		}
		throw new ConflictException("system-busy", "The system kept changing; try again");
	}

	private void audited(String actor, String action, SystemDescriptor system) {
		this.audit.append(actor, action, null,
				java.util.Map.of("systemId", system.id(), "version", String.valueOf(system.version())));
	}

	private void refuseDisablingTheLast(String id) {
		boolean another = this.store.all().stream().anyMatch((system) -> system.enabled() && !system.id().equals(id));
		if (!another) {
			throw new ConflictException("last-enabled-system",
					"This is the last enabled system: a plan needs at least one");
		}
	}

	private static void check(SystemDraft draft) {
		List<SystemProblem> problems = SystemValidator.problemsOf(draft);
		if (!problems.isEmpty()) {
			throw new InvalidSystemException(problems);
		}
	}

	private static boolean sameContent(SystemDescriptor a, SystemDescriptor b) {
		return Objects.equals(a.displayName(), b.displayName()) && Objects.equals(a.owner(), b.owner())
				&& a.mode() == b.mode() && Objects.equals(a.baseUrl(), b.baseUrl())
				&& a.identifiers().equals(b.identifiers()) && Objects.equals(a.processor(), b.processor())
				&& a.enabled() == b.enabled() && a.categories().equals(b.categories());
	}

	private static ConflictException stale(SystemDescriptor current) {
		return new ConflictException("stale-version",
				"The system changed since: it is at version " + current.version() + "; read it again");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
