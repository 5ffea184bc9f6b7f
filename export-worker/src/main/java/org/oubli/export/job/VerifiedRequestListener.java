package org.oubli.export.job;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes verified requests from identity-verification. */
@Component
class VerifiedRequestListener {

	private final EventCodec codec;

	private final ExportJobs jobs;

	VerifiedRequestListener(EventCodec codec, ExportJobs jobs) {
		this.codec = codec;
		this.jobs = jobs;
	}

	@KafkaListener(topics = Topics.VERIFICATION_EVENTS)
	void on(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof IdentityVerified) {
			this.jobs.open(envelope);
		}
	}

}
