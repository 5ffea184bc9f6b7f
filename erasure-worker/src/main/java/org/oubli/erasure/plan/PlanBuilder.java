package org.oubli.erasure.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.registry.Identifier;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.erasure.registry.SystemRegistry;

import org.springframework.stereotype.Component;

/**
 * Freezes the registry as it stands into a plan: every enabled system, whatever its mode
 * (http, kafka, manual, processor-email), with the action per category; {@code RETAIN}
 * gets its end date, the fan-out date (in the controller's zone) plus the retention
 * period. Disabled systems are left out. The job keeps the plan: later registry changes
 * never reach it.
 */
@Component
public class PlanBuilder {

	private final SystemRegistry registry;

	private final Clock clock;

	private final ZoneId zone;

	public PlanBuilder(SystemRegistry registry, Clock clock, PlanProperties properties) {
		this.registry = registry;
		this.clock = clock;
		this.zone = properties.zone();
	}

	/**
	 * The plan for a fan-out starting now.
	 * @throws IllegalStateException if no system is enabled: an empty plan would claim an
	 * erasure nobody did (the listener retries, then dead-letters the request)
	 */
	public ErasurePlan plan() {
		Instant now = this.clock.instant();
		LocalDate fanOutDate = LocalDate.ofInstant(now, this.zone);
		List<SystemDescriptor> systems = this.registry.enabledSystems();
		if (systems.isEmpty()) {
			throw new IllegalStateException("No enabled system in the registry: cannot plan an erasure");
		}
		return new ErasurePlan(now, systems.stream().map((system) -> planOf(system, fanOutDate)).toList());
	}

	private static SystemPlan planOf(SystemDescriptor system, LocalDate fanOutDate) {
		IntegrationMode mode = IntegrationMode.of(system.mode());
		PlannedSystem planned = new PlannedSystem(system.id(), system.displayName(), mode.wireName(),
				system.categories().stream().map((category) -> instructionOf(category, fanOutDate)).toList());
		List<Identifier> identifiers = system.identifiers()
			.stream()
			.map((name) -> Identifier.ofWireName(name)
				.orElseThrow(() -> new IllegalStateException("Unknown identifier in system " + system.id())))
			.toList();
		return new SystemPlan(planned, mode, identifiers);
	}

	private static CategoryInstruction instructionOf(CategoryDescriptor category, LocalDate fanOutDate) {
		return switch (category.action()) {
			case ERASE -> CategoryInstruction.erase(category.name());
			case ANONYMISE -> CategoryInstruction.anonymise(category.name(), category.technique());
			case RETAIN -> CategoryInstruction.retain(category.name(), category.legalBasis(),
					fanOutDate.plus(category.retainFor()));
		};
	}

}
