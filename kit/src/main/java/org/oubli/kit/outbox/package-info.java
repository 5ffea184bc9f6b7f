/**
 * Transactional outbox without transactions: outgoing events are written into the same
 * MongoDB document as the state change that caused them, and a relay publishes and then
 * removes them.
 */
package org.oubli.kit.outbox;
