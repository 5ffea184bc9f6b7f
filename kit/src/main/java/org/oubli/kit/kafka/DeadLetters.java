package org.oubli.kit.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.Topics;
import org.oubli.kit.events.PoisonMessageException;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The one error handling policy of every listener: a poison message goes straight to
 * {@code <topic>.DLT}; any other failure (a database or broker outage, a mail server
 * down) is redelivered with exponential back-off and dead-lettered only after the last
 * attempt. The consumer goes on with the next record either way. The dead-letter headers
 * name the exception class and carry only Oubli's own poison messages, never an arbitrary
 * exception message or stack trace, which could hold personal data.
 */
public final class DeadLetters {

	/** Header with the class of the failure. */
	public static final String EXCEPTION_CLASS_HEADER = "oubli_dlt_exception";

	/**
	 * Header with the reason: the poison message's own text, or the failure's class name.
	 */
	public static final String REASON_HEADER = "oubli_dlt_reason";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private DeadLetters() {
	}

	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, OubliKafkaProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, (record, ex) -> {
			log.warn("Dead-lettering record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					reason(ex));
			return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
		});
		recoverer.setExceptionHeadersCreator((headers, ex, isKey, names) -> safeHeaders(headers, ex));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
				(int) Math.min(Integer.MAX_VALUE, properties.retryAttempts()));
		backOff.setInitialInterval(properties.retryInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(PoisonMessageException.class);
		return handler;
	}

	static void safeHeaders(Headers headers, Exception ex) {
		Throwable root = rootCause(ex);
		headers
			.add(new RecordHeader(EXCEPTION_CLASS_HEADER, root.getClass().getName().getBytes(StandardCharsets.UTF_8)));
		headers.add(new RecordHeader(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Oubli's own poison text (it never holds content), else only the failure's class.
	 */
	static String reason(Throwable ex) {
		Throwable root = rootCause(ex);
		return (root instanceof PoisonMessageException) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof PoisonMessageException) {
				return cause;
			}
			cause = cause.getCause();
		}
		return cause;
	}

}
