package org.oubli.intake.request;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.oubli.contracts.RequestType;

/** The request types, as written in the API, and which of them a worker carries out. */
public final class RequestTypes {

	/**
	 * The types without an automated worker: once identity is verified they become a
	 * staff task on the case.
	 */
	public static final Set<RequestType> STAFF_HANDLED = Collections
		.unmodifiableSet(EnumSet.of(RequestType.RECTIFICATION, RequestType.RESTRICTION, RequestType.OBJECTION));

	private RequestTypes() {
	}

	/** The type named by {@code text}, in any letter case. */
	public static Optional<RequestType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(RequestType.values()).filter((type) -> type.name().equals(name)).findFirst();
	}

	/** Whether staff, not a worker, carry out requests of this type. */
	public static boolean isStaffHandled(RequestType type) {
		return STAFF_HANDLED.contains(type);
	}

	/** The API name of a type ({@code erasure}). */
	public static String apiName(RequestType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

	/** All types as a list for messages. */
	static String names() {
		return Arrays.stream(RequestType.values()).map(RequestTypes::apiName).collect(Collectors.joining(", "));
	}

}
