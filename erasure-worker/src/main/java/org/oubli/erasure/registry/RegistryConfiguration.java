package org.oubli.erasure.registry;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;

import org.oubli.contracts.Topics;
import org.oubli.kit.kafka.OubliKafkaProperties;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The registry's beans. The seed is stored while the {@link SystemRegistry} bean is made,
 * so before any Kafka listener can plan an erasure.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	@Bean
	SystemStore systemStore(MongoTemplate mongo) {
		return new SystemStore(mongo);
	}

	@Bean
	SystemSnapshot systemSnapshot(SystemStore store, RegistryProperties properties) {
		return new SystemSnapshot(store, properties.registryCacheFor());
	}

	@Bean
	SystemRegistry systemRegistry(SystemStore store, SystemSnapshot snapshot, RegistryProperties properties,
			Clock clock) {
		RegistrySeed.apply(store, properties, clock.instant());
		snapshot.invalidate();
		return new SystemRegistry(snapshot, properties.baseUrls());
	}

	@Bean
	RegistryAdministration registryAdministration(SystemStore store, SystemSnapshot snapshot, OutboxRelay relay,
			Clock clock, SystemRegistry seeded, AuditTrail audit) {
		return new RegistryAdministration(store, snapshot, relay, clock, audit);
	}

	/**
	 * The registry topic: compacted (the last descriptor per system id is kept for ever),
	 * one partition (a handful of systems; one order for all of them).
	 */
	@Bean
	@ConditionalOnProperty(name = "oubli.kafka.create-topics", havingValue = "true", matchIfMissing = true)
	NewTopic registrySystemsTopic(OubliKafkaProperties properties) {
		return TopicBuilder.name(Topics.REGISTRY_SYSTEMS)
			.partitions(1)
			.replicas(properties.replicas())
			.compact()
			.build();
	}

}
