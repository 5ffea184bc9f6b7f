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
 * @param type the right exercised, in any letter case; only {@code erasure} is handled
 * automatically yet
 * @param email the subject's email address, where the verification code is sent
 * @param language the language to write to the subject in, {@code fr} (default) or
 * {@code en}
 * @param accountId the subject's account id on the platform, if they know it
 */
@Schema(name = "NewRequest", description = "A data subject's request.")
public record NewRequest(

		@Schema(description = "The right exercised, in any letter case. Only erasure is handled automatically yet.",
				example = "erasure", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
						"erasure" }) @NotBlank(message = "is required") @HandledRequestType String type,

		@Schema(description = "The subject's email address; the verification code is sent there.",
				example = "camille.martin@example.fr", requiredMode = Schema.RequiredMode.REQUIRED,
				maxLength = 254) @PersonalData @NotBlank(message = "is required") @ValidEmailAddress String email,

		@Schema(description = "The language to write to the subject in.", example = "fr",
				allowableValues = { "fr", "en" }, defaultValue = "fr") @Pattern(regexp = "fr|en",
						flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be fr or en") String language,

		@Schema(description = "The subject's account id on the platform, if they know it.", example = "acc-1001",
				maxLength = 64, pattern = "^[A-Za-z0-9._-]+$") @PersonalData @Size(max = 64,
						message = "must be at most 64 characters") @Pattern(regexp = "[A-Za-z0-9._-]+",
								message = "may only hold letters, digits, '.', '_' and '-'") String accountId){

	@Override
	public String toString() {
		return "NewRequest[redacted]";
	}

}
