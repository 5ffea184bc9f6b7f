package org.oubli.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * A data subject's request was accepted and its case opened.
 *
 * @param requestId the new request
 * @param type the right exercised
 * @param subject who it is about
 * @param channel how it came in ({@code api}, {@code form}, {@code email},
 * {@code account}: a logged-in user's request sent by the platform with a signed token,
 * verified by existing authentication)
 * @param jurisdiction the deadline policy applied ({@code EU-FR})
 * @param receivedAt when it reached Oubli
 * @param dueOn the statutory due date (end of that day in the controller's time zone)
 * @param authorizedAgent whether an authorized agent made the request on the subject's
 * behalf (verified by staff review)
 */
public record RequestReceived(String requestId, RequestType type, Subject subject, String channel, String jurisdiction,
		Instant receivedAt, LocalDate dueOn, boolean authorizedAgent) implements OubliEvent {

}
