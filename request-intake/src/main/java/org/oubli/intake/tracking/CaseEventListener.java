package org.oubli.intake.tracking;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.kit.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the topics of the services a case depends on. Unreadable records are
 * dead-lettered by the kit's error handler ({@code PoisonMessageException}).
 */
@Component
class CaseEventListener {

	static final String GROUP = "request-intake";

	private final EventCodec codec;

	private final CaseTracker tracker;

	CaseEventListener(EventCodec codec, CaseTracker tracker) {
		this.codec = codec;
		this.tracker = tracker;
	}

	@KafkaListener(id = "request-intake-verification", topics = Topics.VERIFICATION_EVENTS, groupId = GROUP)
	void onVerificationEvent(ConsumerRecord<String, String> record) {
		this.tracker.apply(this.codec.decode(record.value()));
	}

	@KafkaListener(id = "request-intake-erasure", topics = Topics.ERASURE_EVENTS, groupId = GROUP)
	void onErasureEvent(ConsumerRecord<String, String> record) {
		this.tracker.apply(this.codec.decode(record.value()));
	}

	@KafkaListener(id = "request-intake-export", topics = Topics.EXPORT_EVENTS, groupId = GROUP)
	void onExportEvent(ConsumerRecord<String, String> record) {
		this.tracker.apply(this.codec.decode(record.value()));
	}

	@KafkaListener(id = "request-intake-notification", topics = Topics.NOTIFICATION_EVENTS, groupId = GROUP)
	void onNotificationEvent(ConsumerRecord<String, String> record) {
		this.tracker.apply(this.codec.decode(record.value()));
	}

}
