package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * A case ended without (or outside) the automated path; the subject is told why.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param subject whom to tell
 * @param reason why it ended
 * @param jurisdiction the deadline policy of the case ({@code EU-FR}): names the
 * competent authority in a refusal notice
 * @param explanation staff's reasons, shown to the subject (refusal, handled by staff);
 * may be {@code null}
 * @param closedAt when
 */
public record RequestClosed(String requestId, RequestType type, Subject subject, ClosureReason reason,
		String jurisdiction, String explanation, Instant closedAt) implements OubliEvent {

}
