package org.oubli.intake.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.deadline.ClockState;

/**
 * The answer to a new request.
 *
 * @param requestId the new request's id, the reference the subject is given
 * @param status where the case stands ({@code AWAITING_VERIFICATION}, or {@code LINKED})
 * @param type the right exercised
 * @param dueOn the statutory due date, in the controller's time zone
 * @param daysLeft whole days until the due date
 * @param jurisdiction the deadline policy applied
 * @param defaultJurisdiction whether the default policy was applied because the country
 * was missing or is not covered
 * @param clock the deadline clock state ({@code PAUSED} while identity is awaited under
 * the GDPR)
 * @param linkedTo for a repeated request, the open request it was linked to
 * @param links where to go next
 */
@Schema(description = "A request was accepted: a case was opened (202), or, repeating one still open for the same "
		+ "subject and type, linked to it (200).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestAccepted(@Schema(example = "0b5c3c1e-7c7e-4b8e-9a57-0d1f0e6f2b11") String requestId,
		@Schema(example = "AWAITING_VERIFICATION") CaseStatus status, @Schema(example = "ERASURE") RequestType type,
		@Schema(description = "Statutory due date (end of that day, controller's time zone).",
				example = "2026-12-22") LocalDate dueOn,
		@Schema(description = "Whole days until the due date.", example = "30") long daysLeft,
		@Schema(example = "EU-FR") String jurisdiction,
		@Schema(description = "True when no policy covers the given country (or none was given) and the default "
				+ "policy applies.") boolean defaultJurisdiction,
		@Schema(example = "PAUSED") ClockState clock,
		@Schema(description = "The open request this one was linked to (status LINKED).") String linkedTo,
		Links links) {

}
