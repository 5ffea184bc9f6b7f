package org.oubli.contracts.events;

import org.oubli.contracts.connector.ErasureReceipt;

/**
 * A Kafka-subscribed system reports what it did.
 *
 * @param requestId the request
 * @param receipt what it did
 */
public record SystemErasureReported(String requestId, ErasureReceipt receipt) implements OubliEvent {

}
