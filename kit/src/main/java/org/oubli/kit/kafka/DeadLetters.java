package org.oubli.kit.kafka;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
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

	/** Records sent to a dead-letter topic, tagged with the source topic. */
	public static final String METRIC = "oubli.dead.letters";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private DeadLetters() {
	}

	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, OubliKafkaProperties properties) {
		return errorHandler(template, properties, null);
	}

	/**
	 * The error handler, counting every record sent to its dead-letter topic in
	 * {@value #METRIC}{@code {topic=<source topic>}} once the send succeeded.
	 * @param template the template the recoverer publishes through
	 * @param properties the retry settings
	 * @param meters where to count dead letters, or {@code null} for no metric
	 * @return the handler
	 */
	public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, OubliKafkaProperties properties,
			MeterRegistry meters) {
		DeadLetterPublishingRecoverer recoverer = new CountingRecoverer(template, (record, ex) -> {
			log.warn("Dead-lettering record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					reason(ex));
			return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
		}, meters);
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

	/**
	 * Counts a record once its dead-letter send succeeded ({@code publish} throws when
	 * the send failed, and the record is then retried, not counted).
	 */
	private static final class CountingRecoverer extends DeadLetterPublishingRecoverer {

		private final MeterRegistry meters;

		CountingRecoverer(KafkaOperations<?, ?> template,
				BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination, MeterRegistry meters) {
			super(template, destination);
			this.meters = meters;
		}

		@Override
		protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
				ConsumerRecord<?, ?> inRecord) {
			super.publish(outRecord, kafkaTemplate, inRecord);
			if (this.meters != null) {
				this.meters.counter(METRIC, "topic", inRecord.topic()).increment();
			}
		}

	}

}
