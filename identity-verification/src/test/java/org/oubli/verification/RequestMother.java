package org.oubli.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.subject.Subject;

/** Named request events for tests. */
public final class RequestMother {

	private RequestMother() {
	}

	public static String newRequestId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * A request as request-intake announces it.
	 * @param channel {@code api}, {@code form}, {@code email} or {@code account}
	 */
	public static EventEnvelope received(String requestId, RequestType type, Subject subject, String channel,
			boolean authorizedAgent, Instant at) {
		RequestReceived received = new RequestReceived(requestId, type, subject, channel, "EU-FR", at,
				LocalDate.of(2026, 12, 22), authorizedAgent);
		return EventEnvelope.wrap(received, null, "request-intake", at);
	}

	/** An erasure request received from the API, as request-intake announces it. */
	public static EventEnvelope erasureReceived(String requestId, Subject subject, Instant at) {
		RequestReceived received = new RequestReceived(requestId, RequestType.ERASURE, subject, "api", "EU-FR", at,
				LocalDate.of(2026, 12, 22), false);
		return EventEnvelope.wrap(received, null, "request-intake", at);
	}

}
