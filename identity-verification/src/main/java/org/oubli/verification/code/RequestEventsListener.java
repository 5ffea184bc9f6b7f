package org.oubli.verification.code;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens a verification for every {@code RequestReceived}; other request events are not
 * this service's business. Unreadable records are dead-lettered by the kit's error
 * handler.
 */
@Component
class RequestEventsListener {

	private final EventCodec codec;

	private final VerificationService verifications;

	RequestEventsListener(EventCodec codec, VerificationService verifications) {
		this.codec = codec;
		this.verifications = verifications;
	}

	@KafkaListener(topics = Topics.REQUEST_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void onRequestEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof RequestReceived received) {
			this.verifications.open(envelope, received);
		}
	}

}
