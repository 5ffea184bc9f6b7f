package org.oubli.verification.code;

import java.util.regex.Pattern;

/**
 * The shape of a request id: request-intake makes them as UUIDs. A path value of any
 * other shape (anything can be pasted into a URL, even an email address) is answered as
 * unknown without being looked up, logged or repeated.
 */
public final class RequestIds {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private RequestIds() {
	}

	/**
	 * Whether a value has the shape of a request id (a UUID in its canonical text form).
	 * @param value an untrusted value
	 * @return {@code true} if it may be looked up and logged
	 */
	public static boolean wellFormed(String value) {
		return value != null && UUID.matcher(value).matches();
	}

}
