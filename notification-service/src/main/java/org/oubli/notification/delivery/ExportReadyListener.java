package org.oubli.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.subject.Subject;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.notification.template.ExportNoticeTemplates;
import org.oubli.notification.template.NoticeTemplates;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * {@code ExportReady} (export-worker, issue 4) into the email with the download link,
 * once per request, in the subject's language. The link travels sealed; one that does not
 * open with this service's key can never be sent and is dead-lettered.
 */
@Component
class ExportReadyListener {

	/** The notice's name in {@code NoticeSent}/{@code NoticeFailed}. */
	static final String EXPORT_READY = "export-ready";

	private final EventCodec codec;

	private final ExportNoticeTemplates templates;

	private final DeliveryService deliveries;

	private final SecretSeal seal;

	ExportReadyListener(EventCodec codec, ExportNoticeTemplates templates, DeliveryService deliveries,
			SecretSeal seal) {
		this.codec = codec;
		this.templates = templates;
		this.deliveries = deliveries;
		this.seal = seal;
	}

	@KafkaListener(topics = Topics.EXPORT_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void onExportEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof ExportReady ready) {
			Subject subject = ready.subject();
			if (subject == null || subject.email() == null) {
				throw new PoisonMessageException(
						envelope.type() + " " + envelope.eventId() + " has no address to write to");
			}
			String link = open(ready);
			this.deliveries.deliver(envelope, EXPORT_READY, NoticeTemplates.languageOf(subject), subject.email(),
					() -> this.templates.exportReady(ready, link));
		}
	}

	private String open(ExportReady ready) {
		try {
			return this.seal.open(ready.sealedLink());
		}
		catch (IllegalArgumentException ex) {
			throw new PoisonMessageException("The download link of request " + ready.requestId()
					+ " cannot be opened: is oubli.secrets the same as export-worker's?");
		}
	}

}
