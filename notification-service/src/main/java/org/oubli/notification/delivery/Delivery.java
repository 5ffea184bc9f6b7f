package org.oubli.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.oubli.contracts.subject.Language;

import org.springframework.data.annotation.Id;

/**
 * One notice for one request, in collection {@value #COLLECTION}. {@code _id} is
 * {@code <requestId>:<notice>}, so a request gets each notice at most once however often
 * the event that asks for it is delivered; a staff alert is one per event asking for it,
 * {@code <requestId>:<notice>:<eventId>}. No address and no message body are stored.
 *
 * @param id {@code <requestId>:<notice>}, or {@code <requestId>:<notice>:<eventId>}
 * @param requestId the request
 * @param notice which notice ({@value Notices#VERIFICATION_CODE},
 * {@value Notices#ERASURE_COMPLETED}, {@value Notices#STAFF_ALERT})
 * @param language the language it is written in
 * @param eventId the event that first asked for it
 * @param status where it stands
 * @param attempts failed sending attempts so far
 * @param lastAttemptAt when the last failed attempt was counted
 * @param createdAt when it was claimed
 * @param sentAt when the SMTP server accepted it
 * @param failedAt when it was given up
 * @param lastError the type of the last sending error, without its message
 * @param outbox events not yet published
 * @param processedEventIds the events that changed this delivery
 */
@org.springframework.data.mongodb.core.mapping.Document(Delivery.COLLECTION)
record Delivery(@Id String id, String requestId, String notice, Language language, String eventId,
		DeliveryStatus status, int attempts, Instant lastAttemptAt, Instant createdAt, Instant sentAt, Instant failedAt,
		String lastError, List<Document> outbox, List<String> processedEventIds) {

	static final String COLLECTION = "deliveries";

	/** The id of a notice sent once per request. */
	static String idOf(String requestId, String notice) {
		return requestId + ":" + notice;
	}

	/** The id of a notice sent once per event asking for it. */
	static String idOf(String requestId, String notice, String eventId) {
		return idOf(requestId, notice) + ":" + eventId;
	}

	static Delivery claim(String id, String requestId, String notice, Language language, String eventId, Instant now) {
		return new Delivery(id, requestId, notice, language, eventId, DeliveryStatus.SENDING, 0, null, now, null, null,
				null, List.of(), List.of());
	}

}
