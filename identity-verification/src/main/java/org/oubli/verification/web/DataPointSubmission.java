package org.oubli.verification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.connector.IdentityCheck.DataPointKind;

/**
 * The body of {@code POST /api/v1/requests/{id}/verification/data-point}.
 *
 * @param kind {@code PHONE} or {@code ACCOUNT_ID}
 * @param value the phone number or account id on file
 */
record DataPointSubmission(@NotNull(message = "is required") DataPointKind kind,
		@PersonalData @NotBlank(message = "is required") @Size(max = 64, message = "is too long") String value) {

	@Override
	public String toString() {
		return "DataPointSubmission[" + this.kind + ", redacted]";
	}

}
