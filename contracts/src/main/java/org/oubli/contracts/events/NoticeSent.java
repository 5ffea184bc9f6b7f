package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.subject.Language;

/**
 * A notice went out to the subject. Carries no address.
 *
 * @param requestId the request
 * @param notice which notice ({@code verification-code}, {@code erasure-completed})
 * @param language in which language
 * @param sentAt when
 */
public record NoticeSent(String requestId, String notice, Language language, Instant sentAt) implements OubliEvent {

}
