package org.oubli.intake.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.oubli.contracts.PersonalData;

/**
 * A data subject's request as posted to the API. Checked by bean validation; the messages
 * never echo a value.
 *
 * @param type the right exercised, in any letter case
 * @param email the subject's email address, where the verification code is sent
 * @param language the language to write to the subject in, {@code fr} (default) or
 * {@code en}
 * @param accountId the subject's account id on the platform, if they know it
 * @param country the country of residence, ISO 3166-1 alpha-2 or ISO 3166-2 ({@code FR},
 * {@code GB}, {@code CA-QC}, {@code US-CA}): picks the deadline policy
 * @param phone a phone number to reach the subject, if they wish
 * @param details the subject's own words (what to rectify, which processing they object
 * to)
 * @param authorizedAgent whether an authorized agent makes the request for the subject
 * @param complaint whether this is a formal complaint (acknowledged within 10 working
 * days)
 */
@Schema(name = "NewRequest", description = "A data subject's request.")
public record NewRequest(

		@Schema(description = "The right exercised, in any letter case. Erasure, access and portability are "
				+ "carried out by workers; rectification, restriction and objection (marketing opt-out included) "
				+ "become a staff task once identity is verified.", example = "erasure",
				requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
						"access", "portability", "erasure", "rectification", "restriction", "objection" }) @NotBlank(
								message = "is required") @KnownRequestType String type,

		@Schema(description = "The subject's email address; the verification code is sent there.",
				example = "camille.martin@example.fr", requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = 254) @PersonalData @NotBlank(message = "is required") @ValidEmailAddress String email,

		@Schema(description = "The language to write to the subject in.", example = "fr",
				allowableValues = { "fr", "en" }, defaultValue = "fr") @Pattern(regexp = "fr|en",
						flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be fr or en") String language,

		@Schema(description = "The subject's account id on the platform, if they know it.", example = "acc-1001",
				maxLength = 64, pattern = "^[A-Za-z0-9._-]+$") @PersonalData @Size(max = 64,
						message = "must be at most 64 characters") @Pattern(regexp = "[A-Za-z0-9._-]+",
								message = "may only hold letters, digits, '.', '_' and '-'") String accountId,

		@Schema(description = "Country of residence, ISO 3166-1 alpha-2 or ISO 3166-2 (FR, GB, MA, CM, CA-QC, "
				+ "US-CA, BR, CH...): picks the statutory deadline. Missing or not covered: the default policy, "
				+ "and the answer says so.", example = "FR") @Pattern(regexp = "[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?",
						message = "must be an ISO 3166 code such as FR or CA-QC") String country,

		@Schema(description = "A phone number to reach the subject, if they wish.", example = "+33612345678",
				maxLength = 20) @PersonalData @Pattern(regexp = "\\+?[0-9 ().-]{6,20}",
						message = "must be a phone number of 6 to 20 digits") String phone,

		@Schema(description = "The subject's own words: what to rectify, which processing they object to.",
				maxLength = NewRequestCommand.MAX_DETAILS) @PersonalData @Size(max = NewRequestCommand.MAX_DETAILS,
						message = "must be at most 4000 characters") String details,

		@Schema(description = "Whether an authorized agent makes the request for the subject (checked by staff).",
				defaultValue = "false") Boolean authorizedAgent,

		@Schema(description = "Whether this is a formal complaint: acknowledged within 10 working days.",
				defaultValue = "false") Boolean complaint){

	@Override
	public String toString() {
		return "NewRequest[redacted]";
	}

}
