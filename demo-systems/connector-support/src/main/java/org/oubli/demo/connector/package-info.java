/**
 * Oubli's erasure connector as the demo systems run it: the instruction rules, the
 * receipt ledger, the HTTP endpoint and the Kafka path, around each system's own data
 * categories.
 */
package org.oubli.demo.connector;
