package org.oubli.intake.triage;

/**
 * An address as lists show it: first letter of the local part and the domain
 * ({@code c•••@example.fr}); enough to tell items apart, not to read the address.
 */
final class MaskedAddress {

	private MaskedAddress() {
	}

	static String of(String address) {
		if (address == null) {
			return null;
		}
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return "•••";
		}
		return address.charAt(0) + "•••" + address.substring(at);
	}

}
