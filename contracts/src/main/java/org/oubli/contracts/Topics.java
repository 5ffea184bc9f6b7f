package org.oubli.contracts;

import java.util.List;

/**
 * Kafka topic names. One writing service per topic; the key of every record is the
 * request id, so all events of one request stay in order.
 */
public final class Topics {

	/** Written by request-intake: the life of a case. */
	public static final String REQUEST_EVENTS = "oubli.request.events";

	/** Written by identity-verification. */
	public static final String VERIFICATION_EVENTS = "oubli.verification.events";

	/** Written by erasure-worker: progress and outcome of erasure jobs. */
	public static final String ERASURE_EVENTS = "oubli.erasure.events";

	/** Written by erasure-worker, read by Kafka-subscribed data-holding systems. */
	public static final String ERASURE_REQUESTS = "oubli.erasure.requests";

	/** Written by Kafka-subscribed data-holding systems, read by erasure-worker. */
	public static final String ERASURE_RECEIPTS = "oubli.erasure.receipts";

	/** Written by export-worker. */
	public static final String EXPORT_EVENTS = "oubli.export.events";

	/** Written by notification-service: what was sent to whom (no addresses). */
	public static final String NOTIFICATION_EVENTS = "oubli.notification.events";

	/**
	 * Written by erasure-worker (the registry owner), compacted: key = system id, value =
	 * {@code SystemDescriptor} JSON (not an event envelope), no value = removed. Every
	 * worker reads it from the beginning.
	 */
	public static final String REGISTRY_SYSTEMS = "oubli.registry.systems";

	/** Suffix of the dead-letter topic of every topic. */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	public static final List<String> ALL = List.of(REQUEST_EVENTS, VERIFICATION_EVENTS, ERASURE_EVENTS,
			ERASURE_REQUESTS, ERASURE_RECEIPTS, EXPORT_EVENTS, NOTIFICATION_EVENTS);

	private Topics() {
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
