package org.oubli.intake.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.oubli.contracts.PersonalData;
import org.oubli.intake.request.KnownRequestType;
import org.oubli.intake.request.NewRequestCommand;

/**
 * A logged-in user's request as the platform posts it; who it is about comes from the
 * signed token, never from the body.
 *
 * @param type the right exercised
 * @param language {@code fr} (default) or {@code en}
 * @param country country of residence (ISO 3166), picks the deadline policy
 * @param details the user's own words
 * @param complaint whether this is a formal complaint
 */
@Schema(name = "AccountRequest", description = "A logged-in user's request; the subject comes from the token.")
public record AccountRequest(
		@Schema(example = "access", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
				message = "is required") @KnownRequestType String type,
		@Schema(example = "fr", allowableValues = {
				"fr", "en" }) @Pattern(regexp = "fr|en", flags = Pattern.Flag.CASE_INSENSITIVE,
						message = "must be fr or en") String language,
		@Schema(example = "FR") @Pattern(regexp = "[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?",
				message = "must be an ISO 3166 code such as FR or CA-QC") String country,
		@PersonalData @Size(max = NewRequestCommand.MAX_DETAILS,
				message = "must be at most 4000 characters") String details,
		Boolean complaint){

	@Override
	public String toString() {
		return "AccountRequest[redacted]";
	}

}
