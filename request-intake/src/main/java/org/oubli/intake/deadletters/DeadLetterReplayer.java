package org.oubli.intake.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a dead letter again to its source topic, byte for byte: the original key, value
 * and headers, without the headers dead-lettering added. Its own byte-array producer (the
 * service's template is for text).
 */
class DeadLetterReplayer implements DisposableBean {

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final KafkaTemplate<byte[], byte[]> template;

	private final Duration timeout;

	DeadLetterReplayer(Map<String, Object> producerProperties, Duration timeout) {
		this.producers = new DefaultKafkaProducerFactory<>(producerProperties, new ByteArraySerializer(),
				new ByteArraySerializer());
		this.template = new KafkaTemplate<>(this.producers);
		this.timeout = timeout;
	}

	/**
	 * Sends and waits for the broker's acknowledgement.
	 * @throws ReplayFailedException if it could not be sent
	 */
	void replay(DeadLetter letter) {
		List<Header> headers = new ArrayList<>();
		for (DeadLetter.RawHeader header : DeadLetterRecords.replayHeaders(letter)) {
			headers.add(new RecordHeader(header.name(), header.value()));
		}
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(letter.sourceTopic(), null, letter.key(),
				letter.value(), headers);
		try {
			this.template.send(record).get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReplayFailedException(ex);
		}
		catch (Exception ex) {
			throw new ReplayFailedException(ex);
		}
	}

	@Override
	public void destroy() {
		this.producers.destroy();
	}

	/** The replay could not be sent; the dead letter stays open. */
	static class ReplayFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ReplayFailedException(Throwable cause) {
			// the class only: a Kafka exception's message names no subject, but keep to
			// the
			// rule
			super("Replay not acknowledged (" + cause.getClass().getSimpleName() + ")", cause);
		}

	}

}
