package org.oubli.demo.messaging.dsar;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.demo.connector.ErasureRequests;
import org.oubli.demo.messaging.MessagingApplication;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the events of {@value Topics#ERASURE_REQUESTS}, in this system's consumer group,
 * to {@link ErasureRequests}, which carries out those addressed to this system.
 */
@Component
class ErasureRequestListener {

	private final EventCodec codec;

	private final ErasureRequests requests;

	ErasureRequestListener(EventCodec codec, ErasureRequests requests) {
		this.codec = codec;
		this.requests = requests;
	}

	@KafkaListener(topics = Topics.ERASURE_REQUESTS, groupId = MessagingApplication.SERVICE_NAME)
	void onInstruction(ConsumerRecord<String, String> record) {
		this.requests.handle(this.codec.decode(record.value()));
	}

}
