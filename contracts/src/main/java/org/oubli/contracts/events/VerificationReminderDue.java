package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.subject.Subject;

/**
 * A request is still unverified part-way through its verification period: the subject is
 * reminded, once, that it will be closed unverified at {@code verifyBy} unless they
 * confirm (and that a new code can be asked for on the confirmation page).
 *
 * @param requestId the request
 * @param subject whom to remind
 * @param verifyBy when the verification period ends and the request is closed unverified
 */
public record VerificationReminderDue(String requestId, Subject subject, Instant verifyBy) implements OubliEvent {

}
