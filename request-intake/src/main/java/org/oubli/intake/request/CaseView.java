package org.oubli.intake.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.SystemState;
import org.oubli.intake.deadline.ClockState;

/**
 * Where a case stands, without any personal data: no address, no account id.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param status where the case stands
 * @param channel how it came in
 * @param jurisdiction the deadline policy applied
 * @param receivedAt when it reached Oubli
 * @param dueOn the statutory due date in the controller's time zone
 * @param daysLeft whole days until the due date, negative once it has passed
 * @param timeline what happened, oldest first
 * @param systems per data-holding system, once the erasure started
 * @param links where to go next
 * @param defaultJurisdiction whether the default policy applies (country missing or not
 * covered)
 * @param clock the deadline clock
 * @param closure how the case ended outside the automated path
 * @param linkedTo the open request a repeated one was linked to
 * @param complaint the acknowledgement timer of a formal complaint
 */
@Schema(description = "Where a case stands. Holds no personal data.")
public record CaseView(@Schema(example = "0b5c3c1e-7c7e-4b8e-9a57-0d1f0e6f2b11") String requestId,
		@Schema(example = "ERASURE") RequestType type, @Schema(example = "IN_PROGRESS") CaseStatus status,
		@Schema(example = "api") String channel,
		@Schema(description = "Deadline policy applied.", example = "EU-FR") String jurisdiction, Instant receivedAt,
		@Schema(description = "Statutory due date (end of that day, controller's time zone).",
				example = "2026-12-22") LocalDate dueOn,
		@Schema(description = "Whole days until the due date, negative once it has passed.",
				example = "12") long daysLeft,
		List<Step> timeline,
		@Schema(description = "Per data-holding system, once the erasure started.") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SystemView> systems,
		Links links, boolean defaultJurisdiction, ClockView clock,
		@JsonInclude(JsonInclude.Include.NON_NULL) ClosureView closure,
		@JsonInclude(JsonInclude.Include.NON_NULL) String linkedTo,
		@JsonInclude(JsonInclude.Include.NON_NULL) ComplaintView complaint) {

	/**
	 * The deadline clock.
	 *
	 * @param state running, paused (identity awaited, GDPR), awaiting its start (UK) or
	 * stopped
	 * @param startedOn the day counting starts from
	 * @param pausedDays days paused so far, added to the period
	 * @param extended whether staff extended the deadline
	 * @param firstPeriodDueOn the end of the first period (extensions are refused after
	 * it)
	 */
	@Schema(name = "DeadlineClock", description = "The statutory clock of the case.")
	public record ClockView(@Schema(example = "RUNNING") ClockState state, LocalDate startedOn, int pausedDays,
			boolean extended, LocalDate firstPeriodDueOn) {

	}

	/**
	 * How the case ended outside the automated path.
	 *
	 * @param reason why
	 * @param closedAt when
	 */
	@Schema(name = "Closure", description = "How the case ended outside the automated path.")
	public record ClosureView(@Schema(example = "REFUSED") ClosureReason reason, Instant closedAt) {

	}

	/**
	 * The acknowledgement timer of a formal complaint.
	 *
	 * @param acknowledgeBy the last day to acknowledge it
	 */
	@Schema(name = "Complaint", description = "A formal complaint is acknowledged within 10 working days.")
	public record ComplaintView(LocalDate acknowledgeBy) {

	}

	/**
	 * One timeline entry.
	 *
	 * @param type the event type
	 * @param at when it happened
	 * @param summary what happened
	 */
	@Schema(name = "TimelineStep", description = "Something that happened to the case.")
	public record Step(@Schema(example = "IdentityVerified") String type, Instant at,
			@Schema(example = "Identity verified by email-code") String summary) {

	}

	/**
	 * What one system did or has yet to do.
	 *
	 * @param systemId the system
	 * @param displayName a human name
	 * @param state how far it is
	 * @param outcomes per data category, once it answered
	 * @param failure why it failed, if it did
	 */
	@Schema(name = "SystemProgress", description = "What one data-holding system did, or has yet to do.")
	public record SystemView(@Schema(example = "payments") String systemId,
			@Schema(example = "Payments") String displayName, SystemState state,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<CategoryOutcome> outcomes,
			@JsonInclude(JsonInclude.Include.NON_NULL) String failure) {

	}

}
