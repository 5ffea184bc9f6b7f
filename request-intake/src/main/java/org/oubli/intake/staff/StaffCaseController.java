package org.oubli.intake.staff;

import java.security.Principal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.oubli.contracts.events.ClosureReason;
import org.oubli.intake.request.CaseView;
import org.oubli.intake.request.CaseViews;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What compliance staff do to a case (HTTP Basic, role AGENT or ADMIN, once secured). */
@RestController
@RequestMapping(StaffCaseController.BASE_PATH)
@Tag(name = "Staff: cases", description = "Close a case, extend its deadline.")
class StaffCaseController {

	static final String BASE_PATH = "/staff/api/v1/cases";

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final StaffCaseActions actions;

	private final CaseViews views;

	private final AuditTrail audit;

	private final StaffActors actors;

	StaffCaseController(StaffCaseActions actions, CaseViews views, AuditTrail audit, StaffActors actors) {
		this.actions = actions;
		this.views = views;
		this.audit = audit;
		this.actors = actors;
	}

	@PostMapping(path = "/{requestId}/closure", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Close a case",
			description = "HANDLED_BY_STAFF: staff carried the request out (rectification, restriction, objection, "
					+ "or by hand), with an explanation; only once identity is verified. REFUSED: with reasons; the "
					+ "refusal notice names the supervisory authority. CANCELLED: the subject withdrew the request "
					+ "(audit action case.cancelled). Emits RequestClosed; the subject is told.")
	@ApiResponse(responseCode = "200", description = "Closed.")
	@ApiResponse(responseCode = "400", description = "Missing reason or explanation.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No request has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The case has ended, or its identity is not verified.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	CaseView close(@Parameter(description = "The request id (a UUID).") @PathVariable String requestId,
			@Valid @RequestBody ClosureRequest request, Principal staff, HttpServletRequest http) {
		CaseView closed = this.views.view(this.actions.close(requestId, request.reason(), request.explanation()));
		// the fact and the reason code: staff's free text may name people, it stays on
		// the case
		String action = (request.reason() == ClosureReason.CANCELLED) ? "case.cancelled" : "case.closed";
		this.audit.append(this.actors.actorOf(staff, http), action, requestId, Map.of("reason", request.reason().name(),
				"reasonSha256", AuditTrail.sha256(request.explanation().strip())));
		return closed;
	}

	@PostMapping(path = "/{requestId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Extend a case's deadline",
			description = "Once, with a reason, only within the first period and where the jurisdiction provides "
					+ "for an extension (GDPR: +2 months; California: +45 days). Emits DeadlineExtended; the "
					+ "subject gets the notice with the reason.")
	@ApiResponse(responseCode = "200", description = "Extended: the case with its new due date.")
	@ApiResponse(responseCode = "400", description = "Missing reason.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No request has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "Refused, nothing changed: already extended, first period over, no extension in this "
					+ "jurisdiction, or the case has ended. The problem says which.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	CaseView extend(@Parameter(description = "The request id (a UUID).") @PathVariable String requestId,
			@Valid @RequestBody ExtensionRequest request, Principal staff, HttpServletRequest http) {
		CaseView extended = this.views.view(this.actions.extend(requestId, request.reason()));
		this.audit.append(this.actors.actorOf(staff, http), "case.extended", requestId, Map.of("newDueOn",
				String.valueOf(extended.dueOn()), "reasonSha256", AuditTrail.sha256(request.reason().strip())));
		return extended;
	}

}
