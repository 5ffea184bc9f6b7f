package org.oubli.intake.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Staff extend a case's deadline.
 *
 * @param reason why (complexity, number of requests); shown to the subject in the
 * extension notice
 */
@Schema(name = "ExtensionRequest", description = "Extend a case's deadline once, within its first period.")
public record ExtensionRequest(@Schema(description = "Why; shown to the subject.",
		example = "The request covers ten years of invoices held in three systems.",
		requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) @NotBlank(
				message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {

	@Override
	public String toString() {
		return "ExtensionRequest[redacted]";
	}

}
