package org.oubli.erasure.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.erasure.registry.CategoryPolicy;
import org.oubli.erasure.registry.RegisteredSystem;
import org.oubli.erasure.registry.SystemRegistry;

import org.springframework.stereotype.Component;

/**
 * Freezes the registry into a plan: every system with the action per category;
 * {@code RETAIN} gets its end date, the fan-out date (in the controller's zone) plus the
 * retention period.
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

	/** The plan for a fan-out starting now. */
	public ErasurePlan plan() {
		Instant now = this.clock.instant();
		LocalDate fanOutDate = LocalDate.ofInstant(now, this.zone);
		return new ErasurePlan(now,
				this.registry.systems().stream().map((system) -> planOf(system, fanOutDate)).toList());
	}

	private static SystemPlan planOf(RegisteredSystem system, LocalDate fanOutDate) {
		PlannedSystem planned = new PlannedSystem(system.id(), system.displayName(), system.mode().wireName(),
				system.categories().stream().map((category) -> instructionOf(category, fanOutDate)).toList());
		return new SystemPlan(planned, system.mode(), system.identifiers());
	}

	private static CategoryInstruction instructionOf(CategoryPolicy category, LocalDate fanOutDate) {
		return switch (category.action()) {
			case ERASE -> CategoryInstruction.erase(category.name());
			case ANONYMISE -> CategoryInstruction.anonymise(category.name(), category.technique());
			case RETAIN -> CategoryInstruction.retain(category.name(), category.legalBasis(),
					fanOutDate.plus(category.retention()));
		};
	}

}
