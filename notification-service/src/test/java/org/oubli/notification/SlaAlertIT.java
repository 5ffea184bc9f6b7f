package org.oubli.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SlaState;
import org.oubli.kit.events.EventCodec;
import org.oubli.kit.kafka.DeadLetters;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * request-intake's {@code CaseSlaChanged} on the real broker and GreenMail: a move into
 * at risk or overdue mails the staff mailbox once per transition, however often the event
 * is delivered, with nothing about the subject; other moves send nothing. Also the kit's
 * dead-letter counter, on a poison record.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,notification-service")
@OubliIntegrationTest
class SlaAlertIT {

	private static final String GROUP = "notification-service";

	private static final String STAFF = "privacy-team@oubli.localhost";

	private static final LocalDate DUE = LocalDate.parse("2026-04-02");

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final MailInbox inbox = new MailInbox(OubliInfrastructure.get().mail().greenMail());

	@Autowired
	private MeterRegistry meters;

	@Test
	void eachTransitionIntoAtRiskOrOverdueMailsTheStaffOnce() throws Exception {
		String requestId = NoticeMother.newRequestId();
		EventEnvelope atRisk = changed(requestId, SlaState.ON_TRACK, SlaState.AT_RISK,
				Instant.parse("2026-03-26T11:00:00Z"));
		EventEnvelope overdue = changed(requestId, SlaState.AT_RISK, SlaState.OVERDUE,
				Instant.parse("2026-04-03T11:00:00Z"));
		EventEnvelope backOnTrack = changed(requestId, SlaState.PAUSED, SlaState.ON_TRACK,
				Instant.parse("2026-03-10T11:00:00Z"));

		for (EventEnvelope event : List.of(atRisk, atRisk, backOnTrack, overdue, overdue)) {
			this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(event));
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> alertsAbout(requestId).size() >= 2);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		List<MimeMessage> alerts = alertsAbout(requestId);
		assertThat(alerts).hasSize(2)
			.extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder(
					"Oubli : échéance légale d’une demande / Oubli: a request's statutory deadline (at_risk, "
							+ requestId + ")",
					"Oubli : échéance légale d’une demande / Oubli: a request's statutory deadline (overdue, "
							+ requestId + ")");
		for (MimeMessage alert : alerts) {
			assertThat(alert.getHeader("Content-Language")).containsExactly("fr, en");
			Map<String, String> parts = MailInbox.parts(alert);
			assertThat(parts.get("text/plain")).contains("Demande : " + requestId, "Request: " + requestId,
					"Statutory due date: 2026-04-02", "http://localhost:8081/api/v1/requests/" + requestId);
			assertThat(parts.get("text/html")).contains("href=\"http://localhost:8081/api/v1/requests/" + requestId);
			for (String body : parts.values()) {
				assertThat(body).doesNotContain("@example.fr").doesNotContain("acc-");
			}
		}
		assertThat(alerts).extracting((alert) -> MailInbox.parts(alert).get("text/plain"))
			.anySatisfy((text) -> assertThat(text).contains("7 day(s) left", "on_track -> at_risk"))
			.anySatisfy((text) -> assertThat(text).contains("deadline has passed", "at_risk -> overdue"));
	}

	@Test
	void aPoisonRecordIsDeadLetteredAndCounted() {
		double before = deadLetters(Topics.REQUEST_EVENTS);
		String poisonKey = "poison-" + NoticeMother.newRequestId();

		this.kafka.send(Topics.REQUEST_EVENTS, poisonKey, "{\"type\":\"CaseSlaChanged\",\"oops\"");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.kafka.readAll(Topics.deadLetterOf(Topics.REQUEST_EVENTS), Duration.ofSeconds(2)))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(poisonKey)));
		await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(Topics.REQUEST_EVENTS) == before + 1);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		assertThat(deadLetters(Topics.REQUEST_EVENTS)).isEqualTo(before + 1);
	}

	private double deadLetters(String topic) {
		Counter counter = this.meters.find(DeadLetters.METRIC).tag("topic", topic).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static EventEnvelope changed(String requestId, SlaState from, SlaState to, Instant at) {
		return NoticeMother.envelope(new CaseSlaChanged(requestId, RequestType.ERASURE, from, to, DUE, at),
				"request-intake");
	}

	private List<MimeMessage> alertsAbout(String requestId) {
		return this.inbox.to(STAFF).stream().filter((email) -> subjectOf(email).contains(requestId)).toList();
	}

	private static String subjectOf(MimeMessage email) {
		try {
			return email.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException("Cannot read a received message", ex);
		}
	}

}
