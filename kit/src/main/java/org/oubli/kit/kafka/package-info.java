/** Kafka the Oubli way: CloudEvents headers, topics, dead letters. */
package org.oubli.kit.kafka;
