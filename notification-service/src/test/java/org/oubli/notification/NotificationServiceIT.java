package org.oubli.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.VerificationCodeIssued;
import org.oubli.contracts.events.VerificationLocked;
import org.oubli.contracts.subject.Language;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * notification-service on the real broker, the MongoDB wire server and GreenMail: events
 * in, emails out, {@code NoticeSent} on the notification topic, once per notice.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,notification-service")
@OubliIntegrationTest
class NotificationServiceIT {

	private static final String GROUP = "notification-service";

	private static final Duration READ = Duration.ofSeconds(2);

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private static final String STAFF = "privacy-team@oubli.localhost";

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final MailInbox inbox = new MailInbox(OubliInfrastructure.get().mail().greenMail());

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aRepeatedCodeEventSendsOneFrenchEmailAndOneNoticeSent() throws Exception {
		String address = SubjectMother.uniqueAddress("camille.martin");
		String requestId = NoticeMother.newRequestId();
		EventEnvelope issued = NoticeMother
			.envelope(NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "042917"), "test");
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(issued));
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(issued));

		await().atMost(Duration.ofSeconds(30)).until(() -> !this.inbox.to(address).isEmpty());
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP,
				Topics.VERIFICATION_EVENTS);
		List<MimeMessage> received = this.inbox.to(address);
		assertThat(received).hasSize(1);
		MimeMessage email = received.get(0);
		assertThat(email.getSubject()).isEqualTo("Oubli : votre code de vérification");
		assertThat(((InternetAddress) email.getFrom()[0]).getAddress()).isEqualTo("no-reply@oubli.localhost");
		assertThat(((InternetAddress) email.getFrom()[0]).getPersonal()).isEqualTo("Oubli");
		assertThat(email.getHeader("Content-Language")).containsExactly("fr");
		Map<String, String> parts = MailInbox.parts(email);
		assertThat(parts).containsOnlyKeys("text/plain", "text/html");
		assertThat(parts.get("text/plain")).contains("Code : 042917",
				"http://localhost:8082/verify/" + requestId + "?lang=fr");
		assertThat(parts.get("text/html")).contains("Code : 042917");
		Matcher code = CODE.matcher(GreenMailUtil.getBody(email));
		assertThat(code.find()).isTrue();
		assertThat(code.group(1)).isEqualTo("042917");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					stored(requestId, "verification-code:" + issued.eventId()).getList("outbox", Document.class))
				.isEmpty());
		List<ConsumerRecord<String, String>> sent = eventsOf(Topics.NOTIFICATION_EVENTS, requestId, "NoticeSent");
		assertThat(sent).singleElement().satisfies((record) -> {
			EventEnvelope envelope = this.codec.decode(record.value());
			assertThat(envelope.payload()).isInstanceOfSatisfying(NoticeSent.class, (notice) -> {
				assertThat(notice.notice()).isEqualTo("verification-code");
				assertThat(notice.language()).isEqualTo(Language.FR);
			});
			assertThat(envelope.causationId()).isEqualTo(issued.eventId());
			assertThat(envelope.source()).isEqualTo("notification-service");
			assertThat(record.value()).doesNotContain(address).doesNotContain("042917");
		});
		Document delivery = stored(requestId, "verification-code:" + issued.eventId());
		assertThat(delivery.getString("status")).isEqualTo("SENT");
		assertThat(delivery.toJson()).doesNotContain(address).doesNotContain("042917");
	}

	@Test
	void anEnglishSubjectGetsTheCodeInEnglish() throws Exception {
		String address = SubjectMother.uniqueAddress("lucas.bernard");
		String requestId = NoticeMother.newRequestId();
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(NoticeMother
			.envelope(NoticeMother.codeIssued(requestId, SubjectMother.lucasInEnglish(address), "654321"), "test")));

		await().atMost(Duration.ofSeconds(30)).until(() -> !this.inbox.to(address).isEmpty());
		MimeMessage email = this.inbox.to(address).get(0);
		assertThat(email.getSubject()).isEqualTo("Oubli: your verification code");
		assertThat(email.getHeader("Content-Language")).containsExactly("en");
		assertThat(MailInbox.parts(email).get("text/plain")).contains("Code: 654321", "?lang=en",
				"22 November 2026 at 14:35");
	}

	@Test
	void aCompletedErasureIsExplainedInTheSubjectsLanguage() throws Exception {
		String french = SubjectMother.uniqueAddress("camille.martin");
		String english = SubjectMother.uniqueAddress("lucas.bernard");
		String frenchRequest = NoticeMother.newRequestId();
		String englishRequest = NoticeMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, frenchRequest, this.codec.encode(NoticeMother
			.envelope(NoticeMother.erasureCompleted(frenchRequest, SubjectMother.camille(french)), "test")));
		this.kafka.send(Topics.REQUEST_EVENTS, englishRequest, this.codec.encode(NoticeMother
			.envelope(NoticeMother.erasureCompleted(englishRequest, SubjectMother.lucasInEnglish(english)), "test")));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.inbox.to(french).isEmpty() && !this.inbox.to(english).isEmpty());
		MimeMessage inFrench = this.inbox.to(french).get(0);
		assertThat(inFrench.getSubject()).isEqualTo("Oubli : votre demande d'effacement est terminée");
		assertThat(MailInbox.parts(inFrench).get("text/plain")).contains("Payments", "factures",
				"« Code de commerce, art. L123-22 »", "jusqu’au 22 novembre 2036", "effacé : compte",
				"anonymisé : fiche client", "effacé : historique des discussions", "obligation légale", "CNIL");
		MimeMessage inEnglish = this.inbox.to(english).get(0);
		assertThat(inEnglish.getSubject()).isEqualTo("Oubli: your erasure request is complete");
		assertThat(MailInbox.parts(inEnglish).get("text/plain")).contains("kept: invoices",
				"\"Code de commerce, art. L123-22\"", "until 22 November 2036", "erased: account",
				"supervisory authority", "CNIL");
		assertThat(MailInbox.parts(inEnglish).get("text/html")).contains("22 November 2036");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(eventsOf(Topics.NOTIFICATION_EVENTS, englishRequest, "NoticeSent"))
				.singleElement()
				.satisfies((record) -> assertThat(((NoticeSent) this.codec.decode(record.value()).payload()).notice())
					.isEqualTo("erasure-completed")));
	}

	@Test
	void aRedeliveredRequestNeedsAttentionMailsTheStaffOnceWithoutTheSubjectsData() throws Exception {
		String address = SubjectMother.uniqueAddress("lea.dubois");
		String requestId = NoticeMother.newRequestId();
		EventEnvelope issued = NoticeMother
			.envelope(NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "314159"), "test");
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(issued));
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.inbox.to(address).isEmpty());
		EventEnvelope attention = NoticeMother
			.envelope(new RequestNeedsAttention(requestId, "verification code expired unused"), "request-intake");

		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(attention));
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(attention));

		await().atMost(Duration.ofSeconds(30)).until(() -> !staffAlertsAbout(requestId).isEmpty());
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		assertThat(staffAlertsAbout(requestId)).singleElement().satisfies((email) -> {
			assertThat(email.getSubject()).isEqualTo(
					"Oubli : une demande doit être examinée / Oubli: a request needs attention (" + requestId + ")");
			assertThat(email.getHeader("Content-Language")).containsExactly("fr, en");
			Map<String, String> parts = MailInbox.parts(email);
			assertThat(parts.get("text/plain")).contains("Demande : " + requestId,
					"Reason: verification code expired unused", "http://localhost:8081/api/v1/requests/" + requestId);
			assertThat(parts.get("text/html")).contains("href=\"http://localhost:8081/api/v1/requests/" + requestId);
			for (String body : parts.values()) {
				assertThat(body).doesNotContainIgnoringCase(address)
					.doesNotContain("314159")
					.doesNotContain("@example.fr");
			}
		});
		assertThat(this.inbox.to(address)).hasSize(1);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					stored(requestId, "staff-alert:" + attention.eventId()).getList("outbox", Document.class))
				.isEmpty());
		List<NoticeSent> alerts = eventsOf(Topics.NOTIFICATION_EVENTS, requestId, "NoticeSent").stream()
			.map((record) -> (NoticeSent) this.codec.decode(record.value()).payload())
			.filter((notice) -> "staff-alert".equals(notice.notice()))
			.toList();
		assertThat(alerts).singleElement().satisfies((notice) -> assertThat(notice.language()).isEqualTo(Language.FR));
		Document delivery = stored(requestId, "staff-alert:" + attention.eventId());
		assertThat(delivery.getString("status")).isEqualTo("SENT");
		assertThat(delivery.toJson()).doesNotContain(address);
	}

	@Test
	void eachRequestNeedsAttentionOfARequestIsItsOwnAlert() throws Exception {
		String requestId = NoticeMother.newRequestId();
		this.kafka.send(Topics.REQUEST_EVENTS, requestId,
				this.codec.encode(NoticeMother.envelope(
						new RequestNeedsAttention(requestId, "Verification locked after too many wrong codes"),
						"request-intake")));
		this.kafka.send(Topics.REQUEST_EVENTS, requestId,
				this.codec.encode(NoticeMother.envelope(
						new RequestNeedsAttention(requestId, "Notice erasure-completed could not be sent"),
						"request-intake")));

		await().atMost(Duration.ofSeconds(30)).until(() -> staffAlertsAbout(requestId).size() == 2);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, Topics.REQUEST_EVENTS);
		assertThat(staffAlertsAbout(requestId)).hasSize(2)
			.extracting((email) -> MailInbox.parts(email).get("text/plain"))
			.anySatisfy((text) -> assertThat(text).contains("Verification locked after too many wrong codes"))
			.anySatisfy((text) -> assertThat(text).contains("Notice erasure-completed could not be sent"));
	}

	@Test
	void poisonIsDeadLetteredAndTheNextEventIsServed() throws Exception {
		String poisonKey = "poison-" + NoticeMother.newRequestId();
		this.kafka.send(Topics.VERIFICATION_EVENTS, poisonKey, "{\"type\":\"VerificationCodeIssued\",\"oops\"");
		String address = SubjectMother.uniqueAddress("lea.dubois");
		String requestId = NoticeMother.newRequestId();
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec.encode(NoticeMother
			.envelope(NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "135790"), "test")));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(Topics.VERIFICATION_EVENTS), READ))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(poisonKey)));
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.inbox.to(address).isEmpty());
	}

	@Test
	void aCodeSealedWithAnotherKeyIsDeadLetteredAndNothingIsSent() throws Exception {
		String address = SubjectMother.uniqueAddress("chloe.laurent");
		String requestId = NoticeMother.newRequestId();
		VerificationCodeIssued foreign = new VerificationCodeIssued(requestId, SubjectMother.camille(address),
				new org.oubli.kit.secrets.SecretSeal("some other key", "0011223344556677").seal("246810"),
				Instant.now().plusSeconds(1800), 5);
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId,
				this.codec.encode(NoticeMother.envelope(foreign, "identity-verification")));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.deadLetterOf(Topics.VERIFICATION_EVENTS), READ))
				.anySatisfy((record) -> assertThat(record.key()).isEqualTo(requestId)));
		assertThat(this.inbox.to(address)).isEmpty();
	}

	@Test
	void otherEventsSendNothing() throws Exception {
		String address = SubjectMother.uniqueAddress("hugo.moreau");
		String requestId = NoticeMother.newRequestId();
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId,
				this.codec.encode(NoticeMother.envelope(
						new org.oubli.contracts.events.VerificationAttemptFailed(requestId, 4, Instant.now()),
						"identity-verification")));
		this.kafka.send(Topics.VERIFICATION_EVENTS, requestId, this.codec
			.encode(NoticeMother.envelope(new VerificationLocked(requestId, Instant.now()), "identity-verification")));

		String bootstrap = OubliInfrastructure.get().kafkaBootstrapServers();
		KafkaProgress.awaitConsumed(bootstrap, GROUP, Topics.REQUEST_EVENTS);
		KafkaProgress.awaitConsumed(bootstrap, GROUP, Topics.VERIFICATION_EVENTS);
		assertThat(this.inbox.to(address)).isEmpty();
		assertThat(this.mongo.count(
				new org.springframework.data.mongodb.core.query.Query(
						org.springframework.data.mongodb.core.query.Criteria.where("requestId").is(requestId)),
				"deliveries"))
			.isZero();
	}

	private List<MimeMessage> staffAlertsAbout(String requestId) {
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

	private Document stored(String requestId, String notice) {
		return this.mongo.findById(requestId + ":" + notice, Document.class, "deliveries");
	}

	private List<ConsumerRecord<String, String>> eventsOf(String topic, String requestId, String type) {
		return this.kafka.readAll(topic, READ)
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.filter((record) -> type.equals(this.codec.decode(record.value()).type()))
			.toList();
	}

}
