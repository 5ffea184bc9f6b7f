package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.RequestType;

/**
 * An export job was opened for a verified access or portability request.
 *
 * @param requestId the request
 * @param type access or portability
 * @param openedAt when
 */
public record ExportJobOpened(String requestId, RequestType type, Instant openedAt) implements OubliEvent {

}
