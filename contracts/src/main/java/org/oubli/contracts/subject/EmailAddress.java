package org.oubli.contracts.subject;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.oubli.contracts.PersonalData;

/**
 * An email address of a data subject. Normalised to lower case; {@link #toString()} never
 * shows it.
 */
@PersonalData
public final class EmailAddress {

	private static final Pattern SHAPE = Pattern.compile(
			"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	private static final int MAX_LENGTH = 254;

	private final String value;

	private EmailAddress(String value) {
		this.value = value;
	}

	@JsonCreator
	public static EmailAddress of(String raw) {
		if (!isValid(raw)) {
			throw new IllegalArgumentException("not a valid email address");
		}
		return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
	}

	public static boolean isValid(String raw) {
		if (raw == null) {
			return false;
		}
		String trimmed = raw.trim();
		return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmailAddress that && this.value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.value);
	}

	@Override
	public String toString() {
		return "EmailAddress[redacted]";
	}

}
