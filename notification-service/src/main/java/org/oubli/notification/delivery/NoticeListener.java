package org.oubli.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.DeadlineExtended;
import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestLinked;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationReminderDue;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.SlaState;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.events.PoisonMessageException;
import org.oubli.kit.secrets.SecretSeal;
import org.oubli.notification.NotificationProperties;
import org.oubli.notification.template.NoticeTemplates;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events that call for a notice into deliveries: {@code VerificationCodeIssued}
 * into the code email (once per event: a subject may ask for a new code),
 * {@code VerificationReminderDue} into the reminder, {@code RequestReceived} into the
 * acknowledgement, {@code DeadlineExtended} into the extension notice,
 * {@code RequestClosed} into the refusal ({@code REFUSED}) or the closure notice,
 * {@code RequestLinked} into the linked-duplicate notice, {@code RequestCompleted} of an
 * erasure into the completion email, {@code RequestNeedsAttention} into a bilingual alert
 * to the staff mailbox (one per event). Every other event is ignored; unreadable records
 * are dead-lettered by the kit.
 */
@Component
class NoticeListener {

	private static final Logger log = LoggerFactory.getLogger(NoticeListener.class);

	private final SecretSeal seal;

	private final EventCodec codec;

	private final NoticeTemplates templates;

	private final DeliveryService deliveries;

	private final EmailAddress staffMailbox;

	NoticeListener(EventCodec codec, NoticeTemplates templates, DeliveryService deliveries,
			NotificationProperties properties, SecretSeal seal) {
		this.seal = seal;
		this.codec = codec;
		this.templates = templates;
		this.deliveries = deliveries;
		this.staffMailbox = properties.staffMailbox();
	}

	/**
	 * The code, opened; one sealed with another key can never be sent (a configuration
	 * error).
	 */
	private String openCode(VerificationCodeIssued issued) {
		try {
			return this.seal.open(issued.sealedCode());
		}
		catch (IllegalArgumentException ex) {
			throw new PoisonMessageException("The verification code of request " + issued.requestId()
					+ " cannot be opened: is oubli.secrets the same as identity-verification's?");
		}
	}

	@KafkaListener(topics = Topics.VERIFICATION_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void onVerificationEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof VerificationCodeIssued issued) {
			Subject subject = reachable(issued.subject(), envelope);
			String code = openCode(issued);
			// once per event: a subject may ask for a new code
			this.deliveries.deliverPerEvent(envelope, Notices.VERIFICATION_CODE, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.verificationCode(issued, code));
			return;
		}
		if (envelope.payload() instanceof VerificationReminderDue reminder) {
			Subject subject = reachable(reminder.subject(), envelope);
			this.deliveries.deliver(envelope, Notices.VERIFICATION_REMINDER, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.verificationReminder(reminder));
		}
	}

	@KafkaListener(topics = Topics.REQUEST_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void onRequestEvent(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = this.codec.decode(record.value());
		if (envelope.payload() instanceof RequestNeedsAttention attention) {
			this.deliveries.deliverPerEvent(envelope, Notices.STAFF_ALERT, Language.FR, this.staffMailbox,
					() -> this.templates.staffAlert(attention));
			return;
		}
		if (envelope.payload() instanceof CaseSlaChanged changed) {
			// at risk or overdue: a staff alert per event, like RequestNeedsAttention
			if (changed.to() == SlaState.AT_RISK || changed.to() == SlaState.OVERDUE) {
				this.deliveries.deliverPerEvent(envelope, Notices.STAFF_ALERT, Language.FR, this.staffMailbox,
						() -> this.templates.slaAlert(changed));
			}
			return;
		}
		if (caseNotice(envelope)) {
			return;
		}
		if (envelope.payload() instanceof RequestCompleted completed) {
			if (completed.type() != RequestType.ERASURE) {
				log.info("No notice for completed {} request {} yet", completed.type(), completed.requestId());
				return;
			}
			Subject subject = reachable(completed.subject(), envelope);
			this.deliveries.deliver(envelope, Notices.ERASURE_COMPLETED, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.erasureCompleted(completed));
		}
	}

	/**
	 * The case notices of issue 3: acknowledgement, extension, refusal, closure, linked
	 * duplicate.
	 * @return whether the event was one of them
	 */
	private boolean caseNotice(EventEnvelope envelope) {
		OubliEvent payload = envelope.payload();
		if (payload instanceof RequestReceived received) {
			Subject subject = reachable(received.subject(), envelope);
			this.deliveries.deliver(envelope, Notices.ACKNOWLEDGEMENT, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.acknowledgement(received));
			return true;
		}
		if (payload instanceof DeadlineExtended extended) {
			Subject subject = reachable(extended.subject(), envelope);
			this.deliveries.deliverPerEvent(envelope, Notices.DEADLINE_EXTENDED, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.deadlineExtended(extended));
			return true;
		}
		if (payload instanceof RequestClosed closed) {
			Subject subject = reachable(closed.subject(), envelope);
			if (closed.reason() == null) {
				throw new PoisonMessageException("RequestClosed " + envelope.eventId() + " has no reason");
			}
			if (closed.reason() == ClosureReason.REFUSED) {
				this.deliveries.deliver(envelope, Notices.REQUEST_REFUSED, NoticeTemplates.languageOf(subject),
						subject.email(), () -> this.templates.refusal(closed));
			}
			else {
				this.deliveries.deliver(envelope, Notices.REQUEST_CLOSED, NoticeTemplates.languageOf(subject),
						subject.email(), () -> this.templates.closure(closed));
			}
			return true;
		}
		if (payload instanceof RequestLinked linked) {
			Subject subject = reachable(linked.subject(), envelope);
			this.deliveries.deliver(envelope, Notices.REQUEST_LINKED, NoticeTemplates.languageOf(subject),
					subject.email(), () -> this.templates.linked(linked));
			return true;
		}
		return false;
	}

	private static Subject reachable(Subject subject, EventEnvelope envelope) {
		if (subject == null || subject.email() == null) {
			throw new PoisonMessageException(
					envelope.type() + " " + envelope.eventId() + " has no address to write to");
		}
		return subject;
	}

}
