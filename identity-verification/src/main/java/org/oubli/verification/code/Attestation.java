package org.oubli.verification.code;

import java.time.Instant;

/**
 * What staff recorded when they reviewed a request by hand: who, when, what was checked
 * and the decision. Never an identity document or its image.
 *
 * @param decision approved or rejected
 * @param method what was checked (e.g. {@code signed mandate checked})
 * @param note staff's note, or {@code null}
 * @param attestedBy the staff account that recorded it
 * @param attestedAt when
 */
public record Attestation(Decision decision, String method, String note, String attestedBy, Instant attestedAt) {

	/** The outcome of a manual review. */
	public enum Decision {

		/** Identity (and the agent's authority) confirmed. */
		APPROVED,
		/** Not confirmed. */
		REJECTED

	}

	@Override
	public String toString() {
		return "Attestation[" + this.decision + ", " + this.attestedAt + "]";
	}

}
