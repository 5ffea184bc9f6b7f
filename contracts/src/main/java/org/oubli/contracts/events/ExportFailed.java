package org.oubli.contracts.events;

import java.time.Instant;

/**
 * An export could not be completed by itself (a system kept failing or answered something
 * that cannot be trusted); no archive was offered, a person must act.
 *
 * @param requestId the request
 * @param systemId the system at fault, or {@code null} when none is
 * @param reason what went wrong, without personal data
 * @param attempts how many calls were made to the system at fault
 * @param failedAt when
 */
public record ExportFailed(String requestId, String systemId, String reason, int attempts,
		Instant failedAt) implements OubliEvent {

}
