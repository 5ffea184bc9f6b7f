package org.oubli.contracts.events;

import java.time.Instant;

/**
 * Staff reviewed a request that needs a manual review (an authorized agent's) and could
 * not confirm the identity or the agent's authority. The request cannot go on; the case
 * is for request-intake to refuse (with reasons, the refusal notice) or to follow up. The
 * attestation itself (who, when, what was checked) stays with identity-verification.
 *
 * @param requestId the request
 * @param method what staff checked (e.g. {@code signed mandate checked}), never a
 * document image or personal data
 * @param rejectedAt when
 */
public record VerificationRejected(String requestId, String method, Instant rejectedAt) implements OubliEvent {

}
