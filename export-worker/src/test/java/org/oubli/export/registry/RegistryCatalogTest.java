package org.oubli.export.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.kit.registry.RegistryView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A job never exports from a registry view that has not read the topic: it waits, then
 * fails with a reason that names the topic.
 */
class RegistryCatalogTest {

	@Test
	void aViewThatNeverBecomesReadyFailsTheJobWithAClearReason() {
		RegistryView view = RegistryView.fromConsumerProperties(Map.of("bootstrap.servers", "localhost:1"), "test");
		RegistryCatalog catalog = new RegistryCatalog(view, Duration.ofMillis(50));

		assertThatExceptionOfType(RegistryUnavailableException.class).isThrownBy(catalog::systems)
			.withMessageContaining("registry not read within PT0.05S")
			.withMessageContaining(Topics.REGISTRY_SYSTEMS);
	}

	@Test
	void aViewWaitingForTheTopicToExistIsNotReadFrom() {
		MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
		RegistryView view = new RegistryView(() -> consumer, Topics.REGISTRY_SYSTEMS);
		view.start();
		try {
			RegistryCatalog catalog = new RegistryCatalog(view, Duration.ofMillis(200));

			assertThatExceptionOfType(RegistryUnavailableException.class).isThrownBy(catalog::systems);
			assertThat(view.systems()).isEqualTo(List.of());
		}
		finally {
			view.stop();
		}
	}

}
