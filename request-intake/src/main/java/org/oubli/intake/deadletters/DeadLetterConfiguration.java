package org.oubli.intake.deadletters;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The inbox's beans. Its consumer reads bytes in its own group; its producer (replays)
 * writes bytes. Neither is a {@code ConsumerFactory}/{@code ProducerFactory}/
 * {@code KafkaTemplate} bean, so the service's own text ones stay as Spring Boot made
 * them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
class DeadLetterConfiguration {

	/** The listener container factory of the inbox. */
	static final String CONTAINER_FACTORY = "deadLetterContainerFactory";

	/** Gauge name (Prometheus: {@code oubli_dead_letters_open}). */
	static final String OPEN_METRIC = "oubli.dead.letters.open";

	@Bean
	DeadLetterStore deadLetterStore(MongoTemplate mongo, MeterRegistry meters) {
		DeadLetterStore store = new DeadLetterStore(mongo);
		Gauge.builder(OPEN_METRIC, store, DeadLetterConfiguration::openCount)
			.description("Dead letters waiting for a person (database count; aggregate instances with max)")
			.register(meters);
		return store;
	}

	@Bean
	DeadLetterInbox deadLetterInbox(DeadLetterStore store, Clock clock) {
		return new DeadLetterInbox(store, clock);
	}

	@Bean
	DeadLetterReplayer deadLetterReplayer(KafkaProperties kafka, DeadLetterProperties properties) {
		return new DeadLetterReplayer(kafka.buildProducerProperties(), properties.replayTimeout());
	}

	@Bean
	DeadLetterResolutions deadLetterResolutions(DeadLetterStore store, DeadLetterReplayer replayer,
			org.oubli.kit.audit.AuditTrail audit, Clock clock, DeadLetterProperties properties) {
		return new DeadLetterResolutions(store, replayer, audit, clock, properties.staleClaim());
	}

	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<byte[], byte[]> deadLetterContainerFactory(KafkaProperties kafka,
			DeadLetterProperties properties) {
		Map<String, Object> consumer = kafka.buildConsumerProperties();
		consumer.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
		consumer.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) properties.topicRefresh().toMillis());
		consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(
				new DefaultKafkaConsumerFactory<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
		// storing fails only when the database does: try again until it works, never skip
		// (and never dead-letter a dead letter)
		factory.setCommonErrorHandler(new DefaultErrorHandler(
				new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)));
		return factory;
	}

	private static double openCount(DeadLetterStore store) {
		try {
			return store.count(DeadLetter.Status.OPEN);
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
