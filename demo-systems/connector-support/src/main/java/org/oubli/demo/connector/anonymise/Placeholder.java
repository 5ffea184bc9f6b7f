package org.oubli.demo.connector.anonymise;

import java.util.UUID;

/**
 * The {@code placeholder} technique: a fixed token per field type replaces the value, so
 * the record keeps its shape (a required field stays filled) and tells nothing. An email
 * address gets a unique token, because addresses are often unique keys.
 */
public enum Placeholder {

	/** A person's name: {@value #DELETED_USER}. */
	NAME(Placeholder.DELETED_USER),
	/** Free text (a message, a note): removed as a whole. */
	TEXT("[supprimé]"),
	/** A phone number: an invalid, reserved-looking number. */
	PHONE("+00 0 00 00 00 00"),
	/** A street address. */
	STREET("[adresse supprimée]");

	/** What a deleted user is called ("deleted user"). */
	public static final String DELETED_USER = "Utilisateur supprimé";

	/** The domain of placeholder addresses, reserved by RFC 2606: never delivered. */
	public static final String EMAIL_DOMAIN = "invalid";

	private final String token;

	Placeholder(String token) {
		this.token = token;
	}

	/** The token that replaces a value of this type. */
	public String token() {
		return this.token;
	}

	/** A unique address that can never be delivered: {@code deleted-<uuid>@invalid}. */
	public static String email() {
		return "deleted-" + UUID.randomUUID() + "@" + EMAIL_DOMAIN;
	}

	/** Whether an address is one of these placeholders. */
	public static boolean isPlaceholderEmail(String email) {
		return email != null && email.startsWith("deleted-") && email.endsWith("@" + EMAIL_DOMAIN);
	}

}
