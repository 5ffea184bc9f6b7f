package org.oubli.contracts.events;

import java.time.Instant;

/**
 * A notice could not be sent.
 *
 * @param requestId the request
 * @param notice which notice
 * @param reason why, without personal data
 * @param at when it was given up
 */
public record NoticeFailed(String requestId, String notice, String reason, Instant at) implements OubliEvent {

}
