package org.oubli.intake.triage;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's decision on a triage item: open requests of the given types for the sender,
 * or dismiss the item with a reason.
 *
 * @param types the request types to open ({@code erasure}, {@code access}...), or empty
 * to dismiss
 * @param language the language to write to the subject in; default: the item's
 * @param dismiss {@code true} to dismiss (a newsletter, a question answered by other
 * means...)
 * @param reason why it is dismissed (required then), without personal data
 */
@Schema(name = "TriageDecision", description = "Open requests of the given types for the sender, or dismiss.")
record TriageDecision(
		@Schema(description = "Request types to open.", example = "[\"erasure\"]") @Size(max = 6,
				message = "must name at most 6 types") List<String> types,
		@Schema(description = "fr or en; default: the item's language.", example = "fr") @Pattern(regexp = "fr|en",
				flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be fr or en") String language,
		@Schema(description = "true to dismiss the item.") Boolean dismiss,
		@Schema(description = "Why it is dismissed (required then), without personal data.",
				example = "newsletter") @Size(max = 200, message = "must be at most 200 characters") String reason) {

	boolean dismissing() {
		return Boolean.TRUE.equals(this.dismiss);
	}

}
