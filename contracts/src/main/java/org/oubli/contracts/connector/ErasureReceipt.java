package org.oubli.contracts.connector;

import java.time.Instant;
import java.util.List;

/**
 * A system's proof of what it did for one request: per category, erased, anonymised or
 * retained. No personal data.
 *
 * @param requestId the request
 * @param systemId the system that did it
 * @param idempotencyKey the key of the instruction this answers
 * @param completedAt when the system finished
 * @param outcomes one per category of the instruction
 */
public record ErasureReceipt(String requestId, String systemId, String idempotencyKey, Instant completedAt,
		List<CategoryOutcome> outcomes) {

}
