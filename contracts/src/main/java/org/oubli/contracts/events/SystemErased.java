package org.oubli.contracts.events;

import org.oubli.contracts.connector.ErasureReceipt;

/**
 * One system answered with its receipt.
 *
 * @param requestId the request
 * @param receipt what it did
 */
public record SystemErased(String requestId, ErasureReceipt receipt) implements OubliEvent {

}
