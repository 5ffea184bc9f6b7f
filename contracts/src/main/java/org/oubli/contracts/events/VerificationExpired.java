package org.oubli.contracts.events;

import java.time.Instant;

/**
 * The subject did not confirm in time: the code expired unused (or its last attempt was
 * never settled). The request cannot go on by itself; a person must look at it.
 *
 * @param requestId the request
 * @param expiredAt when the code expired
 */
public record VerificationExpired(String requestId, Instant expiredAt) implements OubliEvent {

}
