/** Oubli's connector over Kafka: the listener of erasure instructions. */
package org.oubli.demo.messaging.dsar;
