package org.oubli.export.registry;

import org.oubli.export.ExportProperties;
import org.oubli.kit.registry.RegistryView;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry as export-worker reads it: the kit's {@link RegistryView} (started and
 * stopped with the context, no consumer group) behind {@link SystemCatalog}.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	@Bean
	RegistryView registryView(KafkaProperties kafka) {
		return RegistryView.fromConsumerProperties(kafka.buildConsumerProperties(), "export-worker");
	}

	@Bean
	SystemCatalog systemCatalog(RegistryView registryView, ExportProperties properties) {
		return new RegistryCatalog(registryView, properties.registryWait());
	}

}
