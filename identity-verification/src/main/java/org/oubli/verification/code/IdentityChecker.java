package org.oubli.verification.code;

import org.oubli.contracts.connector.IdentityCheck;

/**
 * Asks the system of record whether the account of a verified address holds a data point
 * ({@code POST /dsar/v1/identity-checks}).
 */
public interface IdentityChecker {

	/**
	 * @param check what to confirm
	 * @return whether it matched; {@code false} also when no account exists
	 * @throws IdentityCheckUnavailableException if the system could not be asked
	 */
	boolean matches(IdentityCheck check);

	/** The system could not answer; nothing may be concluded. */
	class IdentityCheckUnavailableException extends RuntimeException {

		public IdentityCheckUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
