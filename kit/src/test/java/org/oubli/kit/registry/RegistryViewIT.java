package org.oubli.kit.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.LocalizedText;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;
import org.oubli.testsupport.InfrastructureCondition;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The view against the real broker, each test on a topic of its own: it reads what was
 * there before it started, is ready once caught up, follows later changes and tombstones,
 * ignores older versions and unreadable values, and tells its listeners.
 */
@ExtendWith(InfrastructureCondition.class)
class RegistryViewIT {

	private final String bootstrap = OubliInfrastructure.get().kafkaBootstrapServers();

	private final KafkaProbe kafka = new KafkaProbe(this.bootstrap);

	private RegistryView view;

	@AfterEach
	void stop() {
		if (this.view != null) {
			this.view.stop();
		}
	}

	@Test
	void readsTheTopicFromTheBeginningAndFollowsChangesAndTombstones() throws Exception {
		String topic = compactedTopic();
		this.kafka.send(topic, "payments", json(system("payments", 1, true)));
		this.kafka.send(topic, "payments", json(system("payments", 2, true)));
		this.kafka.send(topic, "crm", json(system("crm", 1, false)));
		List<String> heard = new CopyOnWriteArrayList<>();
		this.view = view(topic);
		this.view
			.addListener((id, previous, current) -> heard.add(id + ":" + version(previous) + "->" + version(current)));

		this.view.start();

		assertThat(this.view.awaitReady(Duration.ofSeconds(20))).isTrue();
		assertThat(this.view.systems()).extracting(SystemDescriptor::id).containsExactly("crm", "payments");
		assertThat(this.view.find("payments")).map(SystemDescriptor::version).contains(2L);
		assertThat(this.view.enabledSystems()).extracting(SystemDescriptor::id).containsExactly("payments");
		assertThat(heard).containsExactly("payments:-->1", "payments:1->2", "crm:-->1");

		this.kafka.send(topic, "crm", null);
		this.kafka.send(topic, "profiles", json(system("profiles", 1, true)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.view.systems()).extracting(SystemDescriptor::id)
				.containsExactly("payments", "profiles"));
		assertThat(heard).contains("crm:1->-");
	}

	@Test
	void anOlderVersionOrAnUnreadableValueChangesNothing() throws Exception {
		String topic = compactedTopic();
		this.view = view(topic);
		this.view.start();
		assertThat(this.view.awaitReady(Duration.ofSeconds(20))).as("an empty topic is ready at once").isTrue();

		this.kafka.send(topic, "payments", json(system("payments", 3, true)));
		this.kafka.send(topic, "payments", json(system("payments", 2, false)));
		this.kafka.send(topic, "payments", "{not json");
		this.kafka.send(topic, "other", json(system("payments", 4, false)));
		this.kafka.send(topic, "marker", json(system("marker", 1, true)));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.view.find("marker").isPresent());
		assertThat(this.view.find("payments")).get().satisfies((payments) -> {
			assertThat(payments.version()).isEqualTo(3);
			assertThat(payments.enabled()).isTrue();
		});
		assertThat(this.view.find("other")).isEmpty();
		assertThat(this.view.skipped()).isEqualTo(2);
	}

	@Test
	void waitsForATopicThatDoesNotExistYetWithoutCreatingIt() throws Exception {
		String topic = "registry-view-it-" + UUID.randomUUID();
		this.view = view(topic);
		this.view.start();

		assertThat(this.view.awaitReady(Duration.ofSeconds(2))).isFalse();
		try (Admin admin = admin()) {
			assertThat(admin.listTopics().names().get()).doesNotContain(topic);
			admin
				.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
				.all()
				.get();
		}
		this.kafka.send(topic, "payments", json(system("payments", 1, true)));

		assertThat(this.view.awaitReady(Duration.ofSeconds(20))).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.view.find("payments").isPresent());
	}

	private RegistryView view(String topic) {
		return RegistryView.fromConsumerProperties(Map.of("bootstrap.servers", this.bootstrap, "group.id", "ignored"),
				"registry-view-it", topic);
	}

	private String compactedTopic() throws Exception {
		String topic = "registry-view-it-" + UUID.randomUUID();
		try (Admin admin = admin()) {
			admin
				.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
				.all()
				.get();
		}
		return topic;
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap));
	}

	private static String version(SystemDescriptor descriptor) {
		return Optional.ofNullable(descriptor).map((d) -> String.valueOf(d.version())).orElse("-");
	}

	private static String json(SystemDescriptor descriptor) {
		return OubliJson.mapper().writeValueAsString(descriptor);
	}

	static SystemDescriptor system(String id, long version, boolean enabled) {
		LocalizedText text = new LocalizedText("text", "texte");
		return new SystemDescriptor(id, id, "team", IntegrationMode.KAFKA, null, List.of("email"), null, enabled,
				List.of(new CategoryDescriptor("invoices", text, List.of("accountant"), text, text,
						ErasureAction.RETAIN, null, "Code de commerce, art. L123-22", Period.ofYears(10))),
				version, Instant.parse("2026-03-10T09:00:00Z"));
	}

}
