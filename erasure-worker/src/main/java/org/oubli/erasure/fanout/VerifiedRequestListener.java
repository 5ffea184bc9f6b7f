package org.oubli.erasure.fanout;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens an erasure job for every {@code IdentityVerified} of type ERASURE (other types
 * and events are not this service's business) and hands its http systems to the
 * {@link Dispatcher}; the listener thread never waits for a downstream system. A repeated
 * event finds the job there and does nothing.
 */
@Component
class VerifiedRequestListener {

	private final EventCodec codec;

	private final ErasureJobs jobs;

	private final Dispatcher dispatcher;

	VerifiedRequestListener(EventCodec codec, ErasureJobs jobs, Dispatcher dispatcher) {
		this.codec = codec;
		this.jobs = jobs;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.VERIFICATION_EVENTS, groupId = "erasure-worker")
	void onVerificationEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (!(envelope.payload() instanceof IdentityVerified verified) || verified.type() != RequestType.ERASURE) {
			return;
		}
		if (verified.subject() == null || verified.subject().email() == null) {
			throw new PoisonMessageException(
					"IdentityVerified for request " + verified.requestId() + " has no subject email");
		}
		this.jobs.start(envelope, verified).ifPresent(this.dispatcher::dispatchHttpSystems);
	}

}
