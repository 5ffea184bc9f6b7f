package org.oubli.verification.web;

import jakarta.validation.Valid;

import org.oubli.verification.code.VerificationResult;
import org.oubli.verification.code.VerificationService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/requests/{id}/verification}: the subject proves they received the
 * code. 200 when verified (and then on any later call, whatever its code, which is not
 * compared), 400 {@code wrong-code} with {@code attemptsLeft}, 400 {@code code-expired},
 * 423 {@code verification-locked}, 404 {@code not-found} for an unknown or malformed id
 * (the same answer, which never repeats the id).
 */
@RestController
class VerificationApiController {

	private final VerificationService verifications;

	VerificationApiController(VerificationService verifications) {
		this.verifications = verifications;
	}

	@PostMapping("/api/v1/requests/{id}/verification")
	ResponseEntity<Object> verify(@PathVariable String id, @Valid @RequestBody CodeSubmission submission) {
		VerificationResult result = this.verifications.verify(id, submission.code());
		return switch (result.outcome()) {
			case VERIFIED -> ResponseEntity.ok(new VerificationAnswer(id, "VERIFIED"));
			case WRONG_CODE -> VerificationProblems.wrongCode(result.attemptsLeft());
			case EXPIRED -> VerificationProblems.codeExpired();
			case LOCKED -> VerificationProblems.locked();
			case NOT_FOUND -> VerificationProblems.notFound();
		};
	}

}
