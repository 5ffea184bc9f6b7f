package org.oubli.verification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.oubli.contracts.PersonalData;

/**
 * The body of {@code POST /api/v1/requests/{id}/verification}.
 *
 * @param code the six-digit code the subject received
 */
record CodeSubmission(@PersonalData @NotBlank(message = "is required") @Pattern(regexp = CodeSubmission.SHAPE,
		message = "must be 6 digits") String code) {

	static final String SHAPE = "\\d{6}";

	@Override
	public String toString() {
		return "CodeSubmission[redacted]";
	}

}
