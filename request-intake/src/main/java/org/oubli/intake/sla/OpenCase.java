package org.oubli.intake.sla;

import java.time.Instant;
import java.time.LocalDate;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.SlaState;

/**
 * What the watchdog reads of an open case (never the subject).
 *
 * @param requestId the request id
 * @param type the right exercised
 * @param status the status name
 * @param jurisdiction the deadline policy the case was opened under
 * @param receivedAt when it reached Oubli
 * @param dueOn the statutory due date
 * @param paused whether the statutory clock is stopped
 * @param slaState the state stored by the last run, or {@code null}
 */
public record OpenCase(String requestId, RequestType type, String status, String jurisdiction, Instant receivedAt,
		LocalDate dueOn, boolean paused, SlaState slaState) {

}
