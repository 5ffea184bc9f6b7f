package org.oubli.erasure.fanout;

import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns each erasure request's statutory due date from request-intake's
 * {@code RequestReceived} and {@code DeadlineExtended} ({@code oubli.request.events}):
 * durable retries stop, and a person takes over, a margin before it. The event may come
 * before or after the job opens (two topics); either way the job ends up with the latest
 * date. A {@code RequestClosed} because the request was cancelled or refused stops its
 * erasure ({@link ErasureJobs#cancel}): no more retries, chases or escalation. Other
 * events and request types are not this service's business.
 */
@Component
class DeadlineListener {

	/** The closures that stop an erasure under way. */
	static final java.util.Set<ClosureReason> STOPPING = java.util.EnumSet.of(ClosureReason.CANCELLED,
			ClosureReason.REFUSED);

	private final EventCodec codec;

	private final ErasureJobs jobs;

	DeadlineListener(EventCodec codec, ErasureJobs jobs) {
		this.codec = codec;
		this.jobs = jobs;
	}

	@KafkaListener(topics = Topics.REQUEST_EVENTS, groupId = "erasure-worker")
	void onRequestEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof RequestReceived received) {
			take(received.requestId(), received.type(), received.dueOn());
		}
		else if (envelope.payload() instanceof DeadlineExtended extended) {
			take(extended.requestId(), extended.type(), extended.newDueOn());
		}
		else if (envelope.payload() instanceof RequestClosed closed && closed.type() == RequestType.ERASURE
				&& STOPPING.contains(closed.reason())) {
			this.jobs.cancel(closed.requestId(), closed.reason(), envelope);
		}
	}

	private void take(String requestId, RequestType type, LocalDate dueOn) {
		if (type == RequestType.ERASURE && dueOn != null) {
			this.jobs.recordDueDate(requestId, dueOn);
		}
	}

}
