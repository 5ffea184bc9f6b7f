package org.oubli.demo.messaging.dsar;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.demo.messaging.MessagingApplication;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the {@code ErasureRequested} instructions addressed to this system from
 * {@value Topics#ERASURE_REQUESTS}; instructions for other systems are none of its
 * business and are skipped quietly.
 */
@Component
class ErasureRequestListener {

	private final EventCodec codec;

	private final ErasureService erasures;

	ErasureRequestListener(EventCodec codec, ErasureService erasures) {
		this.codec = codec;
		this.erasures = erasures;
	}

	@KafkaListener(topics = Topics.ERASURE_REQUESTS, groupId = MessagingApplication.SERVICE_NAME)
	void onInstruction(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof ErasureRequested requested) {
			ErasureInstruction instruction = requested.instruction();
			if (instruction != null && MessagingApplication.SYSTEM_ID.equals(instruction.systemId())) {
				this.erasures.erase(envelope, instruction);
			}
		}
	}

}
