package org.oubli.devstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group has caught up with every partition it reads, and stays
 * so for a few seconds (outbox relays publish follow-up events shortly after a record is
 * consumed).
 */
final class KafkaQuiescence {

	private KafkaQuiescence() {
	}

	static void await(String bootstrapServers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.during(Duration.ofSeconds(4))
				.until(() -> totalLag(admin) == 0);
		}
	}

	static long totalLag(Admin admin) throws ExecutionException, InterruptedException {
		long lag = 0;
		for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
			if (group.groupId().startsWith("probe-")) {
				// test probes read and leave
				continue;
			}
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			committed.keySet().forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			var ends = admin.listOffsets(latest).all().get();
			for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
				long end = ends.get(entry.getKey()).offset();
				long at = (entry.getValue() != null) ? entry.getValue().offset() : 0;
				lag += Math.max(0, end - at);
			}
		}
		return lag;
	}

}
