/** Receipts of data-holding systems: checking them, and taking them in from Kafka. */
package org.oubli.erasure.receipt;
