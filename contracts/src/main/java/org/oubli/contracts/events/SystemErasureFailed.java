package org.oubli.contracts.events;

import java.time.Instant;

/**
 * One system could not be made to erase; a person must take over.
 *
 * @param requestId the request
 * @param systemId the system
 * @param reason the last error, without personal data
 * @param attempts how many times it was tried
 * @param at when it was given up
 */
public record SystemErasureFailed(String requestId, String systemId, String reason, int attempts,
		Instant at) implements OubliEvent {

}
