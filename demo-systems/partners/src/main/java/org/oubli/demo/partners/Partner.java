package org.oubli.demo.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The partners this app plays, each with the categories it holds. */
enum Partner {

	/** 503 to the first calls of each instruction, then a correct receipt. */
	FLAKY("flaky-partner", List.of("account")),
	/** Answers, correctly, but only after a long time. */
	SLOW("slow-partner", List.of("sessions")),
	/** 200 with a body that is not a receipt; no records endpoint (not verifiable). */
	MALFORMED("malformed-partner", List.of("newsletter")),
	/** A correct-looking receipt, but the data stays (unless switched off). */
	FORGETFUL("forgetful-partner", List.of("profile", "invoices"));

	private final String id;

	private final List<String> categories;

	Partner(String id, List<String> categories) {
		this.id = id;
		this.categories = categories;
	}

	String id() {
		return this.id;
	}

	List<String> categories() {
		return this.categories;
	}

	static Optional<Partner> of(String id) {
		return Arrays.stream(values()).filter((partner) -> partner.id.equals(id)).findFirst();
	}

}
