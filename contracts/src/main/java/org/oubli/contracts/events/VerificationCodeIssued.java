package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.subject.Subject;

/**
 * A one-time code was issued for a request and is to be sent to the subject. The code
 * itself is stored only hashed by identity-verification; it travels here once, to the
 * notification service.
 *
 * @param requestId the request
 * @param subject whom to send it to
 * @param sealedCode the one-time code, sealed
 * @param expiresAt when it stops working
 * @param maxAttempts how many tries the subject has
 */
public record VerificationCodeIssued(String requestId, Subject subject, @PersonalData String sealedCode,
		Instant expiresAt, int maxAttempts) implements OubliEvent {

	@Override
	public String toString() {
		return "VerificationCodeIssued[requestId=" + this.requestId + ", expiresAt=" + this.expiresAt + "]";
	}

}
