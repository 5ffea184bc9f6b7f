package org.oubli.verification.code;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.oubli.contracts.RequestType;

import org.springframework.data.annotation.Id;

/**
 * One request's verification, in collection {@value #COLLECTION}: the hashed code, its
 * expiry and the attempts. {@code _id} is the request id, so a repeated
 * {@code RequestReceived} can never open a second one. Pending events sit in
 * {@code outbox} until the relay publishes them.
 *
 * @param id the request id
 * @param requestId the request id again, for readers of the raw document
 * @param type the right exercised
 * @param subject whom the code was sent to
 * @param codeHash BCrypt hash of the code; the code itself is never stored
 * @param issuedAt when the code was issued
 * @param expiresAt when it stops working
 * @param maxAttempts how many codes may be submitted
 * @param attempts how many were submitted (counted before they are checked)
 * @param attemptsLeft {@code maxAttempts - attempts}, kept so that the count can be
 * reserved with one conditional update
 * @param status where it stands
 * @param lastAttemptAt when the last attempt was counted
 * @param verifiedAt when the right code came in
 * @param lockedAt when the request was locked
 * @param level how much proof the request needs
 * @param verifyBy when the verification period ends (then {@code VerificationExpired})
 * @param remindAt when the subject is to be reminded, {@code null} once done or if never
 * @param codesIssued how many codes were sent
 * @param codeConfirmedAt when the right code came in, for a request that also needs a
 * data point
 * @param attestation staff's review of a request that needed one
 * @param outbox events not yet published
 * @param processedEventIds ids of the consumed events that changed this document
 */
@org.springframework.data.mongodb.core.mapping.Document(Verification.COLLECTION)
record Verification(@Id String id, String requestId, RequestType type, StoredSubject subject, String codeHash,
		Instant issuedAt, Instant expiresAt, int maxAttempts, int attempts, int attemptsLeft, VerificationStatus status,
		Instant lastAttemptAt, Instant verifiedAt, Instant lockedAt, VerificationLevel level, Instant verifyBy,
		Instant remindAt, int codesIssued, Instant codeConfirmedAt, Attestation attestation, List<Document> outbox,
		List<String> processedEventIds) {

	static final String COLLECTION = "verifications";

	@Override
	public String toString() {
		return "Verification[" + this.id + ", " + this.status + ", attemptsLeft=" + this.attemptsLeft + "]";
	}

}
