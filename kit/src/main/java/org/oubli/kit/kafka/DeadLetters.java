package org.oubli.kit.kafka;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.Topics;
import org.oubli.kit.events.PoisonMessageException;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The one error handling policy of every listener: a poison message goes straight to
 * {@code <topic>.DLT}; any other failure is redelivered a few times and then
 * dead-lettered. The consumer goes on with the next record either way.
 */
public final class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private DeadLetters() {
	}

	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, OubliKafkaProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, (record, ex) -> {
			log.warn("Dead-lettering record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					rootCauseName(ex));
			return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
		});
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts()));
		handler.addNotRetryableExceptions(PoisonMessageException.class);
		return handler;
	}

	private static String rootCauseName(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause instanceof PoisonMessageException) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
