package org.oubli.intake.console;

/**
 * A subject's address as the console shows it until staff reveal it: first letter of the
 * local part and the domain ({@code c•••@example.fr}), enough to tell cases apart.
 */
final class Masked {

	private Masked() {
	}

	static String address(String address) {
		if (address == null) {
			return "";
		}
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return "•••";
		}
		return address.charAt(0) + "•••" + address.substring(at);
	}

	static String account(String accountId) {
		if (accountId == null || accountId.isEmpty()) {
			return null;
		}
		return "•••" + ((accountId.length() > 6) ? accountId.substring(accountId.length() - 2) : "");
	}

}
