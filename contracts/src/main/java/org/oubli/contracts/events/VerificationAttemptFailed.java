package org.oubli.contracts.events;

import java.time.Instant;

/**
 * A wrong or expired code was submitted.
 *
 * @param requestId the request
 * @param attemptsLeft how many tries remain
 * @param at when
 */
public record VerificationAttemptFailed(String requestId, int attemptsLeft, Instant at) implements OubliEvent {

}
