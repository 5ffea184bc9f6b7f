package org.oubli.intake.deadletters;

import java.util.Arrays;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.oubli.kit.web.InvalidInputException;

/**
 * A staff decision's reason code.
 *
 * @param reasonCode a {@link ReplayReason} or {@link DiscardReason} name
 */
@Schema(name = "DeadLetterResolution", description = "Why the dead letter is replayed or discarded.")
record ResolutionRequest(@Schema(
		description = "Replay: CONSUMER_FIXED, TRANSIENT_FAILURE, ORDERING_RACE, OTHER. "
				+ "Discard: HANDLED_OTHERWISE, DUPLICATE, OBSOLETE, UNREADABLE, TEST_MESSAGE, OTHER.",
		example = "DUPLICATE") String reasonCode) {

	static <E extends Enum<E>> E parse(String code, Class<E> type, boolean required, E missing) {
		if (code == null || code.isBlank()) {
			if (required) {
				throw new InvalidInputException("reasonCode", "is required: one of " + names(type));
			}
			return missing;
		}
		try {
			return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("reasonCode", "must be one of " + names(type));
		}
	}

	private static <E extends Enum<E>> String names(Class<E> type) {
		return String.join(", ",
				Arrays.stream(type.getEnumConstants())
					.map(Enum::name)
					.filter((name) -> !"NOT_GIVEN".equals(name))
					.toList());
	}

}
