package org.oubli.contracts.events;

import java.time.Instant;

/**
 * Too many wrong codes: the request is locked until staff look at it.
 *
 * @param requestId the request
 * @param lockedAt when
 */
public record VerificationLocked(String requestId, Instant lockedAt) implements OubliEvent {

}
