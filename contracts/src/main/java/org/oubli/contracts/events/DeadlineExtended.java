package org.oubli.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * Staff extended a case's deadline (once, inside the first period); the subject gets the
 * extension notice with the reasons.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param subject whom to tell
 * @param previousDueOn the due date before
 * @param newDueOn the extended due date
 * @param reason staff's reasons, shown to the subject
 * @param extendedAt when
 */
public record DeadlineExtended(String requestId, RequestType type, Subject subject, LocalDate previousDueOn,
		LocalDate newDueOn, String reason, Instant extendedAt) implements OubliEvent {

}
