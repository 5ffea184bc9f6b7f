package org.oubli.intake.account;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;
import org.oubli.intake.request.CaseViews;
import org.oubli.intake.request.IntakeResult;
import org.oubli.intake.request.NewRequestCommand;
import org.oubli.intake.request.RequestIntake;
import org.oubli.intake.request.RequestTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests of logged-in users, posted by the platform with a token it signed
 * ({@code Authorization: Bearer <JWT>}). Channel {@code account}: identity is verified by
 * the platform's existing authentication, so the clock runs from receipt.
 */
@RestController
@Tag(name = "Account requests", description = "Requests of logged-in users, sent by the platform.")
class AccountRequestController {

	static final String PATH = "/api/v1/account-requests";

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final RequestIntake intake;

	private final CaseViews views;

	AccountRequestController(RequestIntake intake, CaseViews views) {
		this.intake = intake;
		this.views = views;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Open a logged-in user's request",
			description = "The subject (account id = sub, email) comes from the platform's signed token (ES256 or "
					+ "RS256, iss and aud checked, not expired). A missing, forged, expired or foreign token is "
					+ "refused with 401 and nothing is stored.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "202", description = "Accepted: the case is open.")
	@ApiResponse(responseCode = "200", description = "Linked to the same request already open.")
	@ApiResponse(responseCode = "400", description = "Invalid input.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Missing, forged, expired or foreign token.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> open(@RequestAttribute(AccountTokenInterceptor.CLAIMS) AccountClaims claims,
			@Valid @RequestBody AccountRequest request) {
		RequestType type = RequestTypes.parse(request.type())
			.orElseThrow(() -> new IllegalStateException("type passed validation but cannot be parsed"));
		Language language = (request.language() != null) ? Language.valueOf(request.language().toUpperCase(Locale.ROOT))
				: Language.FR;
		NewRequestCommand command = new NewRequestCommand(type, claims.email(), claims.accountId(), null,
				request.country(), request.details(), NewRequestCommand.ACCOUNT_CHANNEL, language, false,
				Boolean.TRUE.equals(request.complaint()), null);
		IntakeResult result = this.intake.submit(command);
		var body = this.views.accepted(result);
		URI location = URI.create("/api/v1/requests/" + result.requestId());
		return (result instanceof IntakeResult.Linked) ? ResponseEntity.ok().location(location).body(body)
				: ResponseEntity.accepted().location(location).body(body);
	}

	@ExceptionHandler(AccountTokenRejected.class)
	ResponseEntity<ProblemDetail> rejected(AccountTokenRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		problem.setType(URI.create("https://oubli.org/problems/invalid-token"));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
