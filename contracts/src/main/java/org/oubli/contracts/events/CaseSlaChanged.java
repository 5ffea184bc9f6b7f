package org.oubli.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.oubli.contracts.RequestType;

/**
 * An open case moved from one SLA state to another (request-intake's watchdog). Staff are
 * alerted when it moves into {@link SlaState#AT_RISK} or {@link SlaState#OVERDUE}. It
 * carries nothing about the subject.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param from the state before, or {@code null} for a case not classified yet
 * @param to the new state
 * @param dueOn the statutory due date, in the controller's time zone
 * @param changedAt when the watchdog saw the change
 */
public record CaseSlaChanged(String requestId, RequestType type, SlaState from, SlaState to, LocalDate dueOn,
		Instant changedAt) implements OubliEvent {

}
