package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * A request repeated one that is still open for the same subject and type: it was linked
 * to the open case instead of starting again, and the subject is told.
 *
 * @param requestId the new (linked) request's reference
 * @param openRequestId the open case it was linked to
 * @param type the right exercised
 * @param subject whom to tell
 * @param linkedAt when
 */
public record RequestLinked(String requestId, String openRequestId, RequestType type, Subject subject,
		Instant linkedAt) implements OubliEvent {

}
