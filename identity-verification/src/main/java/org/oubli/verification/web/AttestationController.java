package org.oubli.verification.web;

import java.security.Principal;
import java.util.Map;

import jakarta.validation.Valid;

import org.oubli.verification.code.Attestation;
import org.oubli.verification.code.VerificationService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /staff/api/v1/verifications/{requestId}/attestation}: staff record the
 * manual review of a request that needs one (an authorized agent's). 201 with the stored
 * attestation (who, when, what was checked, the decision); 409
 * {@code not-awaiting-review} when the request is not (or no longer) awaiting one; 404
 * {@code not-found}. Who is the authenticated staff account (HTTP Basic, the kit's staff
 * security).
 */
@RestController
class AttestationController {

	/** Recorded as the author when no staff authentication is configured. */
	static final String UNAUTHENTICATED = "unauthenticated";

	private final VerificationService verifications;

	AttestationController(VerificationService verifications) {
		this.verifications = verifications;
	}

	@PostMapping("/staff/api/v1/verifications/{requestId}/attestation")
	ResponseEntity<Object> attest(@PathVariable String requestId, @Valid @RequestBody AttestationSubmission submission,
			Principal principal) {
		String by = (principal != null && principal.getName() != null) ? principal.getName() : UNAUTHENTICATED;
		String note = (submission.note() != null && !submission.note().isBlank()) ? submission.note().strip() : null;
		Attestation attestation = new Attestation(submission.decision(), submission.method().strip(), note, by,
				this.verifications.now());
		return switch (this.verifications.attest(requestId, attestation)) {
			case RECORDED -> ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("requestId", requestId, "decision", attestation.decision(), "method", attestation.method(),
						"attestedBy", attestation.attestedBy(), "attestedAt", attestation.attestedAt().toString()));
			case NOT_FOUND -> VerificationProblems.notFound();
			case NOT_AWAITING_REVIEW -> VerificationProblems
				.answer(VerificationProblems.problem(HttpStatus.CONFLICT, "not-awaiting-review", "Not awaiting review",
						"This request is not awaiting a manual review (or was reviewed already)."));
		};
	}

}
