package org.oubli.intake.deadletters;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.oubli.kit.web.InvalidInputException;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API of the dead-letter inbox (kit security: every staff role reads, AGENT and
 * ADMIN decide).
 */
@RestController
@RequestMapping(path = DeadLetterController.BASE_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dead letters (staff)", description = "Records some service could not handle: list them, read one "
		+ "(never its payload), replay it to its source topic or discard it.")
class DeadLetterController {

	static final String BASE_PATH = "/staff/api/v1/dead-letters";

	private static final int MAX_LIST = 200;

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final DeadLetterResolutions resolutions;

	DeadLetterController(DeadLetterResolutions resolutions) {
		this.resolutions = resolutions;
	}

	@GetMapping
	@Operation(summary = "List dead letters",
			description = "Oldest first; source topic, event type, request id, "
					+ "reason, size; never the payload. status: open (default), replaying, replayed, discarded; "
					+ "requestId: only those about this request.")
	List<DeadLetterViews.Summary> list(@RequestParam(defaultValue = "OPEN") String status,
			@RequestParam(required = false) String requestId, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIST) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIST);
		}
		if (requestId != null && !DeadLetterRecords.isUuid(requestId.strip())) {
			throw new InvalidInputException("requestId", "must be a request id (a UUID)");
		}
		return this.resolutions.list(status(status), (requestId != null) ? requestId.strip() : null, limit)
			.stream()
			.map(DeadLetterViews.Summary::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a dead letter",
			description = "Where it was read, where it came from, why it "
					+ "failed, the names of its headers and the payload's size (never the payload).")
	@ApiResponse(responseCode = "404", description = "No dead letter has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DeadLetterViews.Detail get(@PathVariable String id) {
		return DeadLetterViews.Detail.of(this.resolutions.get(id));
	}

	@PostMapping("/{id}/replay")
	@Operation(summary = "Replay a dead letter",
			description = "Sends its original key, value and headers (without "
					+ "the dead-letter headers) to its source topic; consumers ignore an event they handled already. "
					+ "Optional body {\"reasonCode\": ...}. Audited as dead-letter.replayed.")
	@ApiResponse(responseCode = "200", description = "Replayed: the dead letter, now REPLAYED.")
	@ApiResponse(responseCode = "400", description = "Unknown reason code.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No dead letter has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Already replayed or discarded; nothing changed.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The broker did not take it; still open.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DeadLetterViews.Detail replay(@PathVariable String id, @RequestBody(required = false) ResolutionRequest request,
			Principal staff) {
		ReplayReason reason = ResolutionRequest.parse((request != null) ? request.reasonCode() : null,
				ReplayReason.class, false, ReplayReason.NOT_GIVEN);
		if (reason == ReplayReason.NOT_GIVEN && request != null && request.reasonCode() != null) {
			throw new InvalidInputException("reasonCode", "NOT_GIVEN is not a reason");
		}
		return DeadLetterViews.Detail.of(this.resolutions.replay(id, reason, actorOf(staff)));
	}

	@PostMapping(path = "/{id}/discard", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Discard a dead letter",
			description = "Sets it aside with a reason code "
					+ "{\"reasonCode\": \"DUPLICATE\"}. Audited as dead-letter.discarded.")
	@ApiResponse(responseCode = "200", description = "Discarded: the dead letter, now DISCARDED.")
	@ApiResponse(responseCode = "400", description = "Missing or unknown reason code.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No dead letter has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Already replayed or discarded; nothing changed.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DeadLetterViews.Detail discard(@PathVariable String id, @RequestBody ResolutionRequest request, Principal staff) {
		DiscardReason reason = ResolutionRequest.parse(request.reasonCode(), DiscardReason.class, true, null);
		return DeadLetterViews.Detail.of(this.resolutions.discard(id, reason, actorOf(staff)));
	}

	static DeadLetter.Status status(String status) {
		try {
			return DeadLetter.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be open, replaying, replayed or discarded");
		}
	}

	private static String actorOf(Principal staff) {
		return (staff != null) ? staff.getName() : "unauthenticated";
	}

}
