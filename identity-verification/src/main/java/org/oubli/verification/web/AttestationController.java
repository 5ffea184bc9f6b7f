package org.oubli.verification.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
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
 * security), or the member of staff a trusted console acts for ({@link StaffActors}). A
 * recorded attestation goes on the audit trail ({@value #ATTESTED}: the decision and the
 * SHA-256 of the method and note, which are staff's free text).
 */
@RestController
class AttestationController {

	/** Recorded as the author when no staff authentication is configured. */
	static final String UNAUTHENTICATED = "unauthenticated";

	/** The audit action of a recorded attestation. */
	static final String ATTESTED = "verification.attested";

	private final VerificationService verifications;

	private final AuditTrail audit;

	private final StaffActors actors;

	AttestationController(VerificationService verifications, AuditTrail audit, StaffActors actors) {
		this.verifications = verifications;
		this.audit = audit;
		this.actors = actors;
	}

	@PostMapping("/staff/api/v1/verifications/{requestId}/attestation")
	ResponseEntity<Object> attest(@PathVariable String requestId, @Valid @RequestBody AttestationSubmission submission,
			Principal principal, HttpServletRequest request) {
		String by = (principal != null && principal.getName() != null) ? this.actors.actorOf(principal, request)
				: UNAUTHENTICATED;
		String note = (submission.note() != null && !submission.note().isBlank()) ? submission.note().strip() : null;
		Attestation attestation = new Attestation(submission.decision(), submission.method().strip(), note, by,
				this.verifications.now());
		return switch (this.verifications.attest(requestId, attestation)) {
			case RECORDED -> recorded(requestId, attestation);
			case NOT_FOUND -> VerificationProblems.notFound();
			case NOT_AWAITING_REVIEW -> VerificationProblems
				.answer(VerificationProblems.problem(HttpStatus.CONFLICT, "not-awaiting-review", "Not awaiting review",
						"This request is not awaiting a manual review (or was reviewed already)."));
		};
	}

	private ResponseEntity<Object> recorded(String requestId, Attestation attestation) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("decision", attestation.decision().name());
		details.put("methodSha256", AuditTrail.sha256(attestation.method()));
		if (attestation.note() != null) {
			details.put("noteSha256", AuditTrail.sha256(attestation.note()));
		}
		this.audit.append(attestation.attestedBy(), ATTESTED, requestId, details);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("requestId", requestId, "decision", attestation.decision(), "method", attestation.method(),
					"attestedBy", attestation.attestedBy(), "attestedAt", attestation.attestedAt().toString()));
	}

}
