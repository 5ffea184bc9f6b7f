package org.oubli.export.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.oubli.contracts.Topics;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the compacted registry topic from its beginning to its current end at every call,
 * without a consumer group (no offsets committed): an export is rare and the registry
 * small, so each job sees every change published before it started. The last value per
 * key wins; a tombstone removes the system; a value that is not a descriptor is skipped
 * with a warning (the registry owner validates what it publishes). A missing topic is an
 * empty registry.
 * <p>
 * Stands in until the kit's shared {@code RegistryView} lands: declare another
 * {@link SystemCatalog} in its place and delete this class.
 */
@Component
class RegistryTopicReader implements SystemCatalog {

	private static final Logger log = LoggerFactory.getLogger(RegistryTopicReader.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final String bootstrapServers;

	RegistryTopicReader(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	@Override
	public List<SystemDescriptor> systems() {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			return read(consumer);
		}
		catch (KafkaException ex) {
			throw new RegistryUnavailableException("registry topic unreadable: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private List<SystemDescriptor> read(KafkaConsumer<String, String> consumer) {
		Map<String, List<PartitionInfo>> topics = consumer.listTopics(TIMEOUT);
		List<PartitionInfo> partitions = topics.getOrDefault(Topics.REGISTRY_SYSTEMS, List.of());
		Map<String, SystemDescriptor> systems = new TreeMap<>();
		if (partitions.isEmpty()) {
			return List.of();
		}
		List<TopicPartition> assigned = partitions.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(assigned);
		consumer.seekToBeginning(assigned);
		Map<TopicPartition, Long> end = consumer.endOffsets(assigned, TIMEOUT);
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (!caughtUp(consumer, end)) {
			if (Instant.now().isAfter(deadline)) {
				throw new RegistryUnavailableException("registry topic not read to its end within " + TIMEOUT, null);
			}
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
				apply(systems, record);
			}
		}
		return systems.values().stream().sorted(Comparator.comparing(SystemDescriptor::id)).toList();
	}

	private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private static void apply(Map<String, SystemDescriptor> systems, ConsumerRecord<String, String> record) {
		if (record.key() == null) {
			return;
		}
		if (record.value() == null) {
			systems.remove(record.key());
			return;
		}
		try {
			SystemDescriptor descriptor = OubliJson.mapper().readValue(record.value(), SystemDescriptor.class);
			if (record.key().equals(descriptor.id())) {
				systems.put(record.key(), descriptor);
			}
			else {
				log.warn("Registry record at offset {} names another system than its key; skipped", record.offset());
			}
		}
		catch (JacksonException | NullPointerException ex) {
			log.warn("Registry record at offset {} is not a system descriptor; skipped", record.offset());
		}
	}

}
