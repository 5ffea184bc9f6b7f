package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * The subject proved who they are; the request may be carried out.
 *
 * @param requestId the request
 * @param type the right exercised
 * @param subject the verified subject
 * @param method how identity was checked: {@code email-code},
 * {@code email-code+data-point}, {@code existing-authentication} or {@code manual-review}
 * @param verifiedAt when
 */
public record IdentityVerified(String requestId, RequestType type, Subject subject, String method,
		Instant verifiedAt) implements OubliEvent {

}
