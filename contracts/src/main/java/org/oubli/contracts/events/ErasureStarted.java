package org.oubli.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Fan-out began with a frozen plan.
 *
 * @param requestId the request
 * @param plan the systems and what each must do
 * @param startedAt when
 */
public record ErasureStarted(String requestId, List<PlannedSystem> plan, Instant startedAt) implements OubliEvent {

}
