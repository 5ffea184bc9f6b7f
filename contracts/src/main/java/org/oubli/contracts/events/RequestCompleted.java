package org.oubli.contracts.events;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * A case reached its successful end; the subject is to be told what was done.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param subject whom to tell
 * @param completedAt when
 * @param systems what each system did
 */
public record RequestCompleted(String requestId, RequestType type, Subject subject, Instant completedAt,
		List<SystemOutcome> systems) implements OubliEvent {

}
