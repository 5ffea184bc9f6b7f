package org.oubli.contracts.events;

import java.time.Instant;

/**
 * The subject did not confirm within the verification period
 * ({@code oubli.verification.verification-period}, default 14 days; a single code's short
 * expiry does not end it: the subject may ask for a new code). request-intake closes the
 * case as {@code UNVERIFIED} and the subject is told.
 *
 * @param requestId the request
 * @param expiredAt when the verification period ended
 */
public record VerificationExpired(String requestId, Instant expiredAt) implements OubliEvent {

}
