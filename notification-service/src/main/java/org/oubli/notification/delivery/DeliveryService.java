package org.oubli.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.NoticeFailed;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.kit.kafka.OubliKafkaProperties;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.notification.NotificationServiceApplication;
import org.oubli.notification.template.RenderedEmail;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Sends each notice of a request at most once per successful send (a staff alert: once
 * per event asking for it).
 * <ol>
 * <li>Claim {@code <requestId>:<notice>} ({@code <requestId>:<notice>:<eventId>})
 * (insert, or find the existing claim). Sent or failed already: nothing to do, the event
 * was a repeat.</li>
 * <li>Send over SMTP.</li>
 * <li>Sent: mark it {@code SENT} with {@code NoticeSent} in the same update.</li>
 * <li>Not sent: count the attempt and throw, so that the kit's error handler delivers the
 * event again after its back-off. The attempt that uses up the handler's retries marks it
 * {@code FAILED} with {@code NoticeFailed} in the same update and throws once more: the
 * event then goes to the dead-letter topic, and request-intake learns of the failure from
 * {@code NoticeFailed}.</li>
 * </ol>
 * Delivery is at least once: if the process stops after the SMTP server accepted a
 * message and before step 3, the redelivered event sends it again.
 */
@Service
class DeliveryService {

	private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

	private final DeliveryStore store;

	private final Mailer mailer;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int maxAttempts;

	DeliveryService(DeliveryStore store, Mailer mailer, OutboxRelay relay, Clock clock, MeterRegistry meters,
			OubliKafkaProperties kafka) {
		this.store = store;
		this.mailer = mailer;
		this.relay = relay;
		this.clock = clock;
		this.meters = meters;
		this.maxAttempts = (int) Math.min(Integer.MAX_VALUE, kafka.retryAttempts() + 1);
	}

	/**
	 * Sends a notice of a request unless it went out (or was given up) already: once per
	 * request and notice.
	 * @param cause the event asking for it
	 * @param notice which notice
	 * @param language the language it is written in
	 * @param to the subject's address
	 * @param render renders the email, only when it is to be sent
	 * @throws NoticeNotSentException if the SMTP server did not accept it
	 */
	void deliver(EventEnvelope cause, String notice, Language language, EmailAddress to,
			Supplier<RenderedEmail> render) {
		send(Delivery.idOf(cause.requestId(), notice), cause, notice, language, to, render);
	}

	/**
	 * Sends a notice once per event asking for it, unless it went out (or was given up)
	 * already: a request may need it more than once.
	 * @param cause the event asking for it
	 * @param notice which notice
	 * @param language the (first) language it is written in
	 * @param to the recipient's address
	 * @param render renders the email, only when it is to be sent
	 * @throws NoticeNotSentException if the SMTP server did not accept it
	 */
	void deliverPerEvent(EventEnvelope cause, String notice, Language language, EmailAddress to,
			Supplier<RenderedEmail> render) {
		send(Delivery.idOf(cause.requestId(), notice, cause.eventId()), cause, notice, language, to, render);
	}

	private void send(String deliveryId, EventEnvelope cause, String notice, Language language, EmailAddress to,
			Supplier<RenderedEmail> render) {
		String requestId = cause.requestId();
		Delivery delivery = this.store
			.claim(Delivery.claim(deliveryId, requestId, notice, language, cause.eventId(), this.clock.instant()));
		if (delivery.status() != DeliveryStatus.SENDING) {
			log.info("Notice {} of request {} is {} already; event {} ignored", notice, requestId, delivery.status(),
					cause.eventId());
			count(notice, "repeat");
			return;
		}
		try {
			this.mailer.send(to, render.get());
		}
		catch (MailException ex) {
			throw notSent(delivery, cause, ex);
		}
		Instant now = this.clock.instant();
		if (this.store.markSent(delivery.id(), cause.eventId(), now,
				wrap(new NoticeSent(requestId, notice, language, now), cause, now))) {
			this.relay.wakeUp();
		}
		log.info("Notice {} of request {} sent in {}", notice, requestId, language);
		count(notice, "sent");
	}

	private NoticeNotSentException notSent(Delivery delivery, EventEnvelope cause, MailException ex) {
		String error = ex.getClass().getSimpleName();
		Instant now = this.clock.instant();
		int attempts = this.store.countFailure(delivery.id(), now, error);
		if (attempts >= this.maxAttempts) {
			NoticeFailed failed = new NoticeFailed(delivery.requestId(), delivery.notice(),
					"The mail server did not accept the email (" + error + ") after " + attempts + " attempts", now);
			if (this.store.markFailed(delivery.id(), cause.eventId(), now, wrap(failed, cause, now))) {
				this.relay.wakeUp();
			}
			log.warn("Notice {} of request {} given up after {} attempts ({})", delivery.notice(), delivery.requestId(),
					attempts, error);
			count(delivery.notice(), "failed");
		}
		else {
			log.warn("Notice {} of request {} not sent, attempt {} of {} ({})", delivery.notice(), delivery.requestId(),
					attempts, this.maxAttempts, error);
			count(delivery.notice(), "retry");
		}
		return new NoticeNotSentException(delivery.requestId(), delivery.notice(), error, attempts);
	}

	private void count(String notice, String outcome) {
		this.meters.counter("oubli.notification.deliveries", "notice", notice, "outcome", outcome).increment();
	}

	private static EventEnvelope wrap(OubliEvent event, EventEnvelope cause, Instant now) {
		return EventEnvelope.wrap(event, cause, NotificationServiceApplication.NAME, now);
	}

}
