package org.oubli.intake.form;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.oubli.contracts.RequestType;

/** The six rights offered by the form, in the order shown, with their form values. */
enum RequestTypeChoice {

	ACCESS(RequestType.ACCESS), PORTABILITY(RequestType.PORTABILITY), ERASURE(RequestType.ERASURE),
	RECTIFICATION(RequestType.RECTIFICATION), RESTRICTION(RequestType.RESTRICTION), OBJECTION(RequestType.OBJECTION);

	private final RequestType type;

	RequestTypeChoice(RequestType type) {
		this.type = type;
	}

	RequestType type() {
		return this.type;
	}

	/** The value posted by the form ({@code erasure}). */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static List<RequestTypeChoice> all() {
		return List.of(values());
	}

	static Optional<RequestTypeChoice> of(String value) {
		return all().stream().filter((choice) -> choice.value().equals(value)).findFirst();
	}

}
