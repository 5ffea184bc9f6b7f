package org.oubli.intake.request;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.oubli.contracts.RequestType;

/** The request types, as written in the API, and which of them are handled yet. */
final class RequestTypes {

	/** The types Oubli carries out automatically today. */
	static final Set<RequestType> HANDLED = Collections
		.unmodifiableSet(EnumSet.of(RequestType.ACCESS, RequestType.PORTABILITY, RequestType.ERASURE));

	private RequestTypes() {
	}

	/** The type named by {@code text}, in any letter case. */
	static Optional<RequestType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(RequestType.values()).filter((type) -> type.name().equals(name)).findFirst();
	}

	static boolean isHandled(RequestType type) {
		return HANDLED.contains(type);
	}

	/** The API name of a type ({@code erasure}). */
	static String apiName(RequestType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	/** The handled types as a list for messages ({@code erasure}). */
	static String handledNames() {
		return HANDLED.stream().map(RequestTypes::apiName).collect(Collectors.joining(", "));
	}

}
