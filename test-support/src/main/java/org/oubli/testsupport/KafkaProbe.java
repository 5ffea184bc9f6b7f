package org.oubli.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces raw records and reads whole topics, for tests that look at the wire. */
public final class KafkaProbe {

	private final String bootstrapServers;

	public KafkaProbe(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/** Sends one record and waits for the broker's acknowledgement. */
	public void send(String topic, String key, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map
			.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Every record in the topic up to its current end, read from the beginning without a
	 * consumer group (nothing to join, nothing committed).
	 * @param topic the topic
	 * @param wait how long to wait for the records at most
	 * @return the records, in partition order
	 */
	public List<ConsumerRecord<String, String>> readAll(String topic, Duration wait) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, wait)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			if (partitions.isEmpty()) {
				return records;
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, wait);
			long deadline = System.nanoTime() + wait.toNanos();
			while (!reached(consumer, ends) && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
			}
		}
		return records;
	}

	private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	/** The text of a record's last header of that name, or {@code null}. */
	public static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), java.nio.charset.StandardCharsets.UTF_8) : null;
	}

}
