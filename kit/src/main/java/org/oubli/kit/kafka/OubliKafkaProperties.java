package org.oubli.kit.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka settings shared by every service.
 *
 * @param createTopics whether this service creates Oubli's topics and their dead-letter
 * topics at start (idempotent)
 * @param partitions partitions per topic: the most consumer instances of one group that
 * can share the work
 * @param replicas replication factor (1 for the embedded broker, 3 in production)
 * @param retryInterval first pause before redelivering a record whose processing failed;
 * it doubles with every attempt
 * @param retryMaxInterval the longest pause between two redeliveries
 * @param retryAttempts redeliveries before the record goes to its dead-letter topic (the
 * defaults ride out about a minute and a half of outage)
 */
@ConfigurationProperties("oubli.kafka")
public record OubliKafkaProperties(@DefaultValue("true") boolean createTopics, @DefaultValue("3") int partitions,
		@DefaultValue("1") short replicas, @DefaultValue("500ms") Duration retryInterval,
		@DefaultValue("30s") Duration retryMaxInterval, @DefaultValue("8") long retryAttempts) {

}
