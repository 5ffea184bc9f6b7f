package org.oubli.demo.connector;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErasureReported;

/**
 * How an instruction reached this system, which decides how its receipt goes back: over
 * HTTP the receipt is the answer; from an {@code ErasureRequested} event it is reported
 * with a {@code SystemErasureReported} event caused by that one.
 *
 * @param idempotencyKey the {@value ConnectorHeaders#IDEMPOTENCY_KEY} header sent beside
 * the body, or {@code null} for an event
 * @param cause the event that carried the instruction, or {@code null} over HTTP
 */
public record Delivery(String idempotencyKey, EventEnvelope cause) {

	/** An instruction posted to {@code /dsar/v1/erasures}. */
	public static Delivery overHttp(String idempotencyKey) {
		return new Delivery(idempotencyKey, null);
	}

	/** An instruction carried by an {@code ErasureRequested} event. */
	public static Delivery byEvent(EventEnvelope cause) {
		return new Delivery(null, cause);
	}

	/** The id of the event that carried the instruction, or {@code null}. */
	String eventId() {
		return (this.cause != null) ? this.cause.eventId() : null;
	}

	/** Whether the receipt goes back as an event. */
	boolean reportsByEvent() {
		return this.cause != null;
	}

	/**
	 * The events that report the receipt: none over HTTP, where the receipt is the
	 * answer.
	 * @param receipt the receipt
	 * @param source the service name of this system
	 * @param now the time of completion
	 */
	List<EventEnvelope> reports(ErasureReceipt receipt, String source, Instant now) {
		if (this.cause == null) {
			return List.of();
		}
		return List
			.of(EventEnvelope.wrap(new SystemErasureReported(receipt.requestId(), receipt), this.cause, source, now));
	}

}
