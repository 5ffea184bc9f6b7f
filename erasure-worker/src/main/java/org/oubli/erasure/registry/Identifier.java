package org.oubli.erasure.registry;

/** A kind of identifier a data-holding system can look a subject up by. */
public enum Identifier {

	/** The verified email address ({@code email} in YAML). */
	EMAIL,
	/** The platform account id ({@code account-id} in YAML). */
	ACCOUNT_ID

}
