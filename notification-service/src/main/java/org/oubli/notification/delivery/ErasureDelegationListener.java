package org.oubli.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.notification.NotificationProperties;
import org.oubli.notification.template.ErasureDelegationTemplates;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@code ErasureDelegated} ({@code oubli.erasure.requests}) into an email: to the
 * processor's privacy contact for a {@code processor-email} system (GDPR Art. 19), to the
 * staff mailbox for a {@code manual} one; once per event (a staff retry emails again).
 * Other events on the topic (instructions to Kafka systems) are not this service's
 * business.
 */
@Component
class ErasureDelegationListener {

	/** The notice to a processor. */
	static final String PROCESSOR_ERASURE = "processor-erasure";

	/** The notice to staff about a manual system. */
	static final String MANUAL_ERASURE = "manual-erasure";

	private final EventCodec codec;

	private final ErasureDelegationTemplates templates;

	private final DeliveryService deliveries;

	private final EmailAddress staffMailbox;

	ErasureDelegationListener(EventCodec codec, ErasureDelegationTemplates templates, DeliveryService deliveries,
			NotificationProperties properties) {
		this.codec = codec;
		this.templates = templates;
		this.deliveries = deliveries;
		this.staffMailbox = properties.staffMailbox();
	}

	@KafkaListener(topics = Topics.ERASURE_REQUESTS, groupId = "${spring.kafka.consumer.group-id}")
	void onErasureRequest(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (!(envelope.payload() instanceof ErasureDelegated delegated)) {
			return;
		}
		if (delegated.instruction() == null) {
			throw new PoisonMessageException("ErasureDelegated " + envelope.eventId() + " has no instruction");
		}
		if (delegated.toProcessor()) {
			if (delegated.processor() == null || delegated.processor().privacyEmail() == null) {
				throw new PoisonMessageException(
						"ErasureDelegated " + envelope.eventId() + " has no processor address to write to");
			}
			this.deliveries.deliverPerEvent(envelope, PROCESSOR_ERASURE, Language.FR,
					EmailAddress.of(delegated.processor().privacyEmail()),
					() -> this.templates.processorErasure(delegated));
			return;
		}
		this.deliveries.deliverPerEvent(envelope, MANUAL_ERASURE, Language.FR, this.staffMailbox,
				() -> this.templates.manualErasure(delegated));
	}

}
