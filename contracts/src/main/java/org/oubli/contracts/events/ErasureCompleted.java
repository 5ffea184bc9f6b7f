package org.oubli.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Every system of the plan sent its receipt.
 *
 * @param requestId the request
 * @param systems what each did
 * @param completedAt when the last receipt arrived
 */
public record ErasureCompleted(String requestId, List<SystemOutcome> systems,
		Instant completedAt) implements OubliEvent {

}
