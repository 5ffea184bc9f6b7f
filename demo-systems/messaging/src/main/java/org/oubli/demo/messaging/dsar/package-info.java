/**
 * Oubli's connector over Kafka: the instruction listener, its rules and the receipt
 * ledger.
 */
package org.oubli.demo.messaging.dsar;
