package org.oubli.contracts.events;

/**
 * A case cannot go on by itself; a person must act.
 *
 * @param requestId the request
 * @param reason what went wrong, without personal data
 */
public record RequestNeedsAttention(String requestId, String reason) implements OubliEvent {

}
