package org.oubli.verification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.oubli.verification.code.Attestation.Decision;

/**
 * The body of {@code POST /staff/api/v1/verifications/{requestId}/attestation}: what
 * staff checked, never a copy of a document.
 *
 * @param decision {@code APPROVED} or {@code REJECTED}
 * @param method what was checked (e.g. {@code signed mandate checked})
 * @param note an optional note
 */
record AttestationSubmission(@NotNull(message = "is required") Decision decision,
		@NotBlank(message = "is required") @Size(max = 200, message = "is too long") String method,
		@Size(max = 2000, message = "is too long") String note) {

}
