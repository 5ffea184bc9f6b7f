package org.oubli.intake.request;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.cases.CaseStore;
import org.oubli.intake.limits.AbuseLimits;
import org.oubli.kit.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The data-subject request API: open a request, see where it stands. */
@RestController
@RequestMapping(RequestController.BASE_PATH)
@Tag(name = "Requests", description = "Data-subject requests (GDPR Art. 15-21): open one, follow its case.")
class RequestController {

	static final String BASE_PATH = "/api/v1/requests";

	private static final String CHANNEL = "api";

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final RequestIntake intake;

	private final CaseStore cases;

	private final CaseViews views;

	private final AbuseLimits limits;

	RequestController(RequestIntake intake, CaseStore cases, CaseViews views, AbuseLimits limits) {
		this.intake = intake;
		this.cases = cases;
		this.views = views;
		this.limits = limits;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a request",
			description = "Opens the case of a data subject's request and starts identity verification: a code is "
					+ "emailed to the subject. The statutory due date follows the deadline policy of the country of "
					+ "residence (GDPR: one month, Regulation 1182/71, clock paused while identity is awaited; UK: "
					+ "restarts at verification; California: 45 days, keeps running...); a country no policy covers "
					+ "gets the default policy and the answer says so. A request repeating one still open for the same "
					+ "email and type is linked to it (200, status LINKED, linkedTo). Invalid input is refused with "
					+ "a problem naming the field; nothing is stored then.")
	@ApiResponse(responseCode = "202", description = "Accepted: the case is open and awaits verification.",
			headers = @Header(name = "Location", description = "The case",
					schema = @Schema(type = "string", format = "uri")))
	@ApiResponse(responseCode = "200",
			description = "Linked: the same request is already open; this one has its own reference and names it.")
	@ApiResponse(responseCode = "400",
			description = "Invalid input (the problem's errors name each field), malformed JSON or a body over "
					+ "the size limit.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "Too many requests for this email address or from this client (oubli.intake.limits); "
					+ "Retry-After gives the seconds to wait. Nothing is stored.",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<RequestAccepted> open(@Valid @RequestBody NewRequest request, HttpServletRequest http) {
		RequestType type = RequestTypes.parse(request.type())
			.orElseThrow(() -> new IllegalStateException("type passed validation but cannot be parsed"));
		this.limits.acquire(EmailAddress.of(request.email()), this.limits.clientOf(http), CHANNEL);
		NewRequestCommand command = new NewRequestCommand(type, EmailAddress.of(request.email()), request.accountId(),
				request.phone(), request.country(), request.details(), CHANNEL, language(request),
				Boolean.TRUE.equals(request.authorizedAgent()), Boolean.TRUE.equals(request.complaint()), null);
		return answer(this.intake.submit(command), this.views);
	}

	/** 202 with the new case's location, or 200 for a request linked to an open case. */
	static ResponseEntity<RequestAccepted> answer(IntakeResult result, CaseViews views) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(BASE_PATH + "/{requestId}")
			.buildAndExpand(result.requestId())
			.toUri();
		RequestAccepted body = views.accepted(result);
		if (result instanceof IntakeResult.Linked) {
			return ResponseEntity.ok().location(location).body(body);
		}
		return ResponseEntity.accepted().location(location).body(body);
	}

	@GetMapping(path = "/{requestId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "See where a request stands",
			description = "Status, due date, days left, timeline and, once known, what each data-holding system "
					+ "did. Holds no personal data.")
	@ApiResponse(responseCode = "200", description = "The case.")
	@ApiResponse(responseCode = "404", description = "No request has this id.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	CaseView get(@Parameter(description = "The request id (a UUID).") @PathVariable String requestId) {
		RequestId id = RequestId.parse(requestId).orElseThrow(() -> new NotFoundException("Request", "with this id"));
		return this.cases.find(id.toString())
			.map(this.views::view)
			.orElseThrow(() -> new NotFoundException("Request", id.toString()));
	}

	private static Language language(NewRequest request) {
		return (request.language() != null) ? Language.valueOf(request.language().toUpperCase(Locale.ROOT))
				: Language.FR;
	}

}
