package org.oubli.contracts.events;

import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;

/**
 * One system of a frozen erasure plan.
 *
 * @param systemId the system
 * @param displayName a human name
 * @param mode how it is reached ({@code http}, {@code kafka})
 * @param categories the action per category
 */
public record PlannedSystem(String systemId, String displayName, String mode, List<CategoryInstruction> categories) {

}
