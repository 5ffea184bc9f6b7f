package org.oubli.intake.account;

/**
 * An account token was missing, malformed, forged, expired or meant for someone else.
 * Answered 401; the message names the reason only, never a claim.
 */
class AccountTokenRejected extends RuntimeException {

	private static final long serialVersionUID = 1L;

	AccountTokenRejected(String message) {
		super(message);
	}

}
