package org.oubli.intake.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.oubli.contracts.events.ClosureReason;

/**
 * Staff close a case.
 *
 * @param reason {@code HANDLED_BY_STAFF} (a request type without a worker, carried out by
 * staff), {@code REFUSED} or {@code CANCELLED} (the subject withdrew the request)
 * @param explanation what was done, or the reasons for the refusal; shown to the subject
 */
@Schema(name = "ClosureRequest",
		description = "Close a case: carried out by staff, refused with reasons, or cancelled at the subject's request.")
public record ClosureRequest(@Schema(example = "HANDLED_BY_STAFF", allowableValues = {
		"HANDLED_BY_STAFF", "REFUSED", "CANCELLED" },
		requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "is required") ClosureReason reason,
		@Schema(description = "What was done, or the reasons for a refusal. Shown to the subject.",
				requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) @NotBlank(message = "is required") @Size(
						max = 4000, message = "must be at most 4000 characters") String explanation){

	@Override
	public String toString() {
		return "ClosureRequest[" + this.reason + ", redacted]";
	}

}
