package org.oubli.contracts.events;

import org.oubli.contracts.connector.ErasureInstruction;

/**
 * Oubli asks a Kafka-subscribed system to erase a subject's data; the system answers with
 * {@link SystemErasureReported} on {@code oubli.erasure.receipts}.
 *
 * @param requestId the request
 * @param instruction what to do
 */
public record ErasureRequested(String requestId, ErasureInstruction instruction) implements OubliEvent {

}
