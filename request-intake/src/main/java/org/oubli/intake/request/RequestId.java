package org.oubli.intake.request;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of a request, and of its case: a random UUID.
 *
 * @param value the UUID
 */
public record RequestId(UUID value) {

	public RequestId {
		Objects.requireNonNull(value, "value");
	}

	public static RequestId newId() {
		return new RequestId(UUID.randomUUID());
	}

	/** The id in {@code text}, if it is a UUID in its canonical form. */
	public static Optional<RequestId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new RequestId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
