package org.oubli.erasure.registry;

import java.util.Arrays;
import java.util.Optional;

/** A kind of identifier a data-holding system can look a subject up by. */
public enum Identifier {

	/** The verified email address ({@code email}). */
	EMAIL("email"),
	/** The platform account id ({@code account-id}). */
	ACCOUNT_ID("account-id");

	private final String wireName;

	Identifier(String wireName) {
		this.wireName = wireName;
	}

	/** The name in the registry ({@code account-id}). */
	public String wireName() {
		return this.wireName;
	}

	/** The identifier with this registry name, if there is one. */
	public static Optional<Identifier> ofWireName(String name) {
		return Arrays.stream(values()).filter((identifier) -> identifier.wireName.equals(name)).findFirst();
	}

}
