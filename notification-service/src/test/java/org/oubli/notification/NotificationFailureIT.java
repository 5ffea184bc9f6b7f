package org.oubli.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.NoticeFailed;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that refuses every connection: the event is retried by the kit's error
 * handler, then the delivery is recorded as failed with {@code NoticeFailed} and the
 * event goes to the dead-letter topic. The back-off is set short and flat here, so the
 * test does not depend on the kit's defaults. Its own consumer group and database keep it
 * apart from {@link NotificationServiceIT}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,notification-service",
				"spring.kafka.consumer.group-id=notification-failure-it",
				"spring.mongodb.database=notification-failure-it", "oubli.kafka.retry-interval=200ms",
				"oubli.kafka.retry-max-interval=200ms", "oubli.kafka.retry-attempts=" + NotificationFailureIT.RETRIES })
@OubliIntegrationTest
@DirtiesContext
class NotificationFailureIT {

	/** Redeliveries after the first attempt, set here rather than taken from the kit. */
	static final int RETRIES = 4;

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aNoticeTheMailServerNeverAcceptsIsRecordedAsFailedAndDeadLettered() {
		String address = SubjectMother.uniqueAddress("chloe.laurent");
		String requestId = NoticeMother.newRequestId();
		EventEnvelope issued = NoticeMother
			.envelope(NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "246810"), "test");
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(issued));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Document delivery = this.mongo.findById(requestId + ":verification-code:" + issued.eventId(),
					Document.class, "deliveries");
			assertThat(delivery).isNotNull();
			assertThat(delivery.getString("status")).isEqualTo("FAILED");
			assertThat(delivery.getInteger("attempts")).isEqualTo(RETRIES + 1);
			assertThat(delivery.getString("lastError")).isEqualTo("MailSendException");
		});
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.kafka.readAll(Topics.deadLetterOf(Topics.VERIFICATION_EVENTS), Duration.ofSeconds(2)))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(requestId)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> failed = this.kafka
				.readAll(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(2))
				.stream()
				.filter((record) -> requestId.equals(record.key()))
				.toList();
			assertThat(failed).singleElement().satisfies((record) -> {
				NoticeFailed notice = (NoticeFailed) this.codec.decode(record.value()).payload();
				assertThat(notice.notice()).isEqualTo("verification-code");
				assertThat(notice.reason()).contains("MailSendException").doesNotContain(address);
			});
		});
		assertThat(new MailInbox(OubliInfrastructure.get().mail().greenMail()).to(address)).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RefusingMailServer {

		@Bean
		JavaMailSender refusingMailSender() throws IOException {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			try (ServerSocket socket = new ServerSocket(0)) {
				// a port that was free a moment ago: nothing listens there
				sender.setPort(socket.getLocalPort());
			}
			return sender;
		}

	}

}
