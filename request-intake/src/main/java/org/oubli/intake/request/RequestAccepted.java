package org.oubli.intake.request;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseStatus;

/**
 * The answer to a new request.
 *
 * @param requestId the new request's id
 * @param status where the case stands ({@code AWAITING_VERIFICATION})
 * @param type the right exercised
 * @param dueOn the statutory due date, in the controller's time zone (Europe/Paris)
 * @param daysLeft whole days until the due date
 * @param links where to go next
 */
@Schema(description = "A request was accepted and its case opened; the subject now gets a verification code.")
public record RequestAccepted(@Schema(example = "0b5c3c1e-7c7e-4b8e-9a57-0d1f0e6f2b11") String requestId,
		@Schema(example = "AWAITING_VERIFICATION") CaseStatus status, @Schema(example = "ERASURE") RequestType type,
		@Schema(description = "Statutory due date (end of that day, Europe/Paris).",
				example = "2026-12-22") LocalDate dueOn,
		@Schema(description = "Whole days until the due date.", example = "30") long daysLeft, Links links) {

}
