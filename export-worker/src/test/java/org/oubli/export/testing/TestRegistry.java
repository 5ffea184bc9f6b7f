package org.oubli.export.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.LocalizedText;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;
import org.oubli.kit.registry.RegistryView;
import org.oubli.testsupport.KafkaProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plays the registry owner on {@code oubli.registry.systems}: each call replaces what the
 * previous one published (tombstones), so tests sharing the broker do not see each
 * other's systems, and returns once export-worker's registry view holds exactly these
 * systems (the view follows the topic; a job started before would see the old ones).
 */
public final class TestRegistry {

	private static final Set<String> PUBLISHED = ConcurrentHashMap.newKeySet();

	private TestRegistry() {
	}

	public static synchronized void publish(KafkaProbe kafka, RegistryView view, SystemDescriptor... systems) {
		for (String id : PUBLISHED) {
			kafka.send(Topics.REGISTRY_SYSTEMS, id, null);
		}
		PUBLISHED.clear();
		for (SystemDescriptor system : systems) {
			kafka.send(Topics.REGISTRY_SYSTEMS, system.id(), OubliJson.mapper().writeValueAsString(system));
			PUBLISHED.add(system.id());
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(view.systems()).containsExactlyInAnyOrder(systems));
	}

	public static SystemDescriptor http(String id, String baseUrl, String... categories) {
		return new SystemDescriptor(id, "System " + id, "team", IntegrationMode.HTTP, baseUrl,
				List.of("email", "account-id"), null, true,
				Arrays.stream(categories).map(TestRegistry::category).toList(), 1, Instant.now());
	}

	public static SystemDescriptor processor(String id, String organisation, String... categories) {
		return new SystemDescriptor(id, organisation, "team", IntegrationMode.PROCESSOR_EMAIL, null, List.of("email"),
				new ProcessorContact(organisation, "privacy@" + id + ".example"), true,
				Arrays.stream(categories).map(TestRegistry::category).toList(), 1, Instant.now());
	}

	public static CategoryDescriptor category(String name) {
		return new CategoryDescriptor(name,
				new LocalizedText("Purpose of " + name + " (en)", "Finalité de " + name + " (fr)"),
				List.of("Recipient of " + name), new LocalizedText("Kept 3 years (en)", "Conservé 3 ans (fr)"),
				new LocalizedText("Collected from you (en)", "Collecté auprès de vous (fr)"), ErasureAction.ERASE, null,
				null, null);
	}

}
