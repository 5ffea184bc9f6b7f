package org.oubli.erasure.plan;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.events.PlannedSystem;

/**
 * The systems to erase from and what each must do, frozen at fan-out.
 *
 * @param frozenAt the fan-out instant; retention periods run from its date
 * @param systems in registry order
 */
public record ErasurePlan(Instant frozenAt, List<SystemPlan> systems) {

	/** The plan as published in {@code ErasureStarted}. */
	public List<PlannedSystem> planned() {
		return this.systems.stream().map(SystemPlan::planned).toList();
	}

}
