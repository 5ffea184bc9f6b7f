package org.oubli.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits for consumers to catch up, so that a test can assert that something did
 * <em>not</em> happen without sleeping.
 */
public final class KafkaProgress {

	private KafkaProgress() {
	}

	public static void awaitConsumed(String bootstrapServers, String group, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(java.util.List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.collect(Collectors.toMap(Function.identity(), (partition) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get();
				ends.forEach((partition, end) -> {
					long done = (committed.get(partition) != null) ? committed.get(partition).offset() : 0;
					assertThat(done).as("committed offset of %s", partition).isGreaterThanOrEqualTo(end.offset());
				});
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("Cannot read the offsets of " + topic, ex);
		}
	}

	/**
	 * Waits until every consumer group has caught up with every partition it reads, and
	 * stays so for a few seconds (outbox relays publish follow-up events shortly after a
	 * record is consumed). Test probes' groups are left out.
	 * @param bootstrapServers the broker
	 */
	public static void awaitAllGroupsCaughtUp(String bootstrapServers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.during(Duration.ofSeconds(4))
				.until(() -> totalLag(admin) == 0);
		}
	}

	private static long totalLag(Admin admin) throws java.util.concurrent.ExecutionException, InterruptedException {
		long lag = 0;
		for (var group : admin.listConsumerGroups().all().get()) {
			if (group.groupId().startsWith("probe-")) {
				continue;
			}
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> latest = committed.keySet()
				.stream()
				.collect(Collectors.toMap(Function.identity(), (partition) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
			for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
				long at = (entry.getValue() != null) ? entry.getValue().offset() : 0;
				lag += Math.max(0, ends.get(entry.getKey()).offset() - at);
			}
		}
		return lag;
	}

}
