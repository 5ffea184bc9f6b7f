package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Subject;

/**
 * An export archive is stored, encrypted, and the subject may download it: the
 * notification service emails the link. The download token inside the link is a secret:
 * it travels sealed with the kit's {@code SecretSeal} (the key identity-verification and
 * notification-service share), so the topic and its dead-letter topic never carry it in
 * clear.
 *
 * @param requestId the request
 * @param type access or portability
 * @param subject whom to write to
 * @param sealedLink the download URL, sealed
 * @param expiresAt when the link stops working
 * @param maxDownloads how many downloads it allows
 */
public record ExportReady(String requestId, RequestType type, Subject subject, String sealedLink, Instant expiresAt,
		int maxDownloads) implements OubliEvent {

}
