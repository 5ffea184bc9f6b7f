package org.oubli.contracts.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The anonymisation techniques a registry category may name for
 * {@link org.oubli.contracts.connector.ErasureAction#ANONYMISE}, by their wire name (the
 * {@code technique} of a category, an instruction and an outcome). Most of them
 * pseudonymise rather than anonymise in the WP216 sense: the registry says which, and the
 * result stays personal data unless the whole dataset passes the test.
 */
public enum AnonymisationTechnique {

	/**
	 * A fixed token per field type ({@code Utilisateur supprimé},
	 * {@code deleted-…@invalid}).
	 */
	PLACEHOLDER("placeholder"),
	/** HMAC-SHA256 of the value under a key held outside the data: stable per subject. */
	KEYED_HASH("keyed-hash"),
	/** Dates to month or year, places to region, country or postcode prefix. */
	GENERALISE("generalise"),
	/** IPv4 addresses to their /24, IPv6 to their /48. */
	IP_TRUNCATION("ip-truncation");

	private final String wireName;

	AnonymisationTechnique(String wireName) {
		this.wireName = wireName;
	}

	/** The name in the registry, instructions and receipts ({@code ip-truncation}). */
	public String wireName() {
		return this.wireName;
	}

	/** The technique with this wire name, if there is one. */
	public static Optional<AnonymisationTechnique> ofWireName(String name) {
		return Arrays.stream(values()).filter((technique) -> technique.wireName.equals(name)).findFirst();
	}

}
