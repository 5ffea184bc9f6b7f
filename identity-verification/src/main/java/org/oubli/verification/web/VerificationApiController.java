package org.oubli.verification.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.oubli.contracts.connector.IdentityCheck.DataPointKind;
import org.oubli.verification.code.VerificationResult;
import org.oubli.verification.code.VerificationService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subject's verification API.
 * <ul>
 * <li>{@code POST /api/v1/requests/{id}/verification} {@code {"code"}}: 200
 * {@code VERIFIED}, or 200 {@code DATA_POINT_REQUIRED} when the request also needs a data
 * point; 400 {@code wrong-code} with {@code attemptsLeft}, 400 {@code code-expired}, 410
 * {@code verification-expired}, 423 {@code verification-locked}, 409
 * {@code manual-review}, 404 {@code not-found} for an unknown or malformed id (the same
 * answer, which never repeats the id).</li>
 * <li>{@code POST /api/v1/requests/{id}/verification/data-point}
 * {@code {"kind","value"}}: 200 {@code VERIFIED}; 400 {@code data-point-not-confirmed}
 * with {@code attemptsLeft} whether the value is wrong or no account exists; 409
 * {@code code-required}; 503 {@code check-unavailable} (nothing counted).</li>
 * <li>{@code POST /api/v1/requests/{id}/verification/code}: 202 {@code CODE_SENT}; 429
 * {@code code-recently-sent} or {@code no-more-codes}.</li>
 * </ul>
 */
@RestController
class VerificationApiController {

	static final List<String> DATA_POINTS = Arrays.stream(DataPointKind.values()).map(Enum::name).toList();

	private final VerificationService verifications;

	VerificationApiController(VerificationService verifications) {
		this.verifications = verifications;
	}

	@PostMapping("/api/v1/requests/{id}/verification")
	ResponseEntity<Object> verify(@PathVariable String id, @Valid @RequestBody CodeSubmission submission) {
		return answer(id, this.verifications.verify(id, submission.code()));
	}

	@PostMapping("/api/v1/requests/{id}/verification/data-point")
	ResponseEntity<Object> verifyDataPoint(@PathVariable String id,
			@Valid @RequestBody DataPointSubmission submission) {
		return answer(id, this.verifications.verifyDataPoint(id, submission.kind(), submission.value()));
	}

	@PostMapping("/api/v1/requests/{id}/verification/code")
	ResponseEntity<Object> resendCode(@PathVariable String id) {
		return answer(id, this.verifications.resendCode(id));
	}

	private static ResponseEntity<Object> answer(String id, VerificationResult result) {
		return switch (result.outcome()) {
			case VERIFIED -> ResponseEntity.ok(VerificationAnswer.of(id, "VERIFIED"));
			case DATA_POINT_REQUIRED ->
				ResponseEntity.ok(new VerificationAnswer(id, "DATA_POINT_REQUIRED", DATA_POINTS));
			case CODE_SENT -> ResponseEntity.status(HttpStatus.ACCEPTED).body(VerificationAnswer.of(id, "CODE_SENT"));
			default -> VerificationProblems.of(result);
		};
	}

}
