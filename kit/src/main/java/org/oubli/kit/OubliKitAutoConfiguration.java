package org.oubli.kit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.Topics;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.kafka.DeadLetters;
import org.oubli.kit.kafka.OubliKafkaProperties;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxProperties;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.kit.secrets.SecretSealProperties;
import org.oubli.kit.web.BodySizeLimitFilter;
import org.oubli.kit.web.OubliProblemHandler;
import org.oubli.kit.web.ProblemInstanceAdvice;
import org.oubli.kit.web.WebProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The beans every Oubli service gets from the kit. */
@AutoConfiguration
@EnableConfigurationProperties({ OutboxProperties.class, OubliKafkaProperties.class, WebProperties.class,
		SecretSealProperties.class })
public class OubliKitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	SecretSeal secretSeal(SecretSealProperties properties) {
		if (properties.usesDevelopmentKey()) {
			LoggerFactory.getLogger(SecretSeal.class)
				.warn("The secret seal uses the development key: set OUBLI_SECRETS_PASSWORD and OUBLI_SECRETS_SALT "
						+ "in any real deployment");
		}
		return new SecretSeal(properties.password(), properties.salt());
	}

	@Bean
	@ConditionalOnMissingBean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(EventCodec codec) {
		return new Outbox(codec);
	}

	@Bean
	@ConditionalOnMissingBean
	OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
		return new OutboxRelay(mongo, kafka, properties);
	}

	@Bean
	@ConditionalOnMissingBean
	AuditTrail auditTrail(MongoTemplate mongo, Clock clock) {
		return new AuditTrail(mongo, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	DefaultErrorHandler oubliKafkaErrorHandler(KafkaTemplate<String, String> kafka, OubliKafkaProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		return DeadLetters.errorHandler(kafka, properties, meters.getIfAvailable());
	}

	@Bean
	@ConditionalOnProperty(name = "oubli.kafka.create-topics", havingValue = "true", matchIfMissing = true)
	KafkaAdmin.NewTopics oubliTopics(OubliKafkaProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			topics.add(TopicBuilder.name(topic)
				.partitions(properties.partitions())
				.replicas(properties.replicas())
				.build());
			topics.add(TopicBuilder.name(Topics.deadLetterOf(topic))
				.partitions(1)
				.replicas(properties.replicas())
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	@ConditionalOnWebApplication
	OubliProblemHandler oubliProblemHandler() {
		return new OubliProblemHandler();
	}

	@Bean
	@ConditionalOnWebApplication
	ProblemInstanceAdvice problemInstanceAdvice() {
		return new ProblemInstanceAdvice();
	}

	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebProperties properties) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(properties.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/api/*", "/dsar/*");
		return registration;
	}

}
