package org.oubli.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.Topics;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.NoticeSent;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.KafkaProgress;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case notices through the real broker, the MongoDB wire server and GreenMail:
 * acknowledgement, extension, refusal (the authority named), closure, reminder, linked
 * duplicate and a second code asked for by the subject; each once per event however often
 * it is delivered, with {@code NoticeSent}, and no address in the logs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,notification-service")
@OubliIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseNoticesIT {

	private static final String GROUP = "notification-service";

	private final EventCodec codec = new EventCodec();

	private final KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());

	private final MailInbox inbox = new MailInbox(OubliInfrastructure.get().mail().greenMail());

	@Test
	void theAcknowledgementIsSentOnceInTheSubjectsLanguageWithReferenceAndDueDate(CapturedOutput output)
			throws Exception {
		String address = SubjectMother.uniqueAddress("camille.martin");
		String requestId = NoticeMother.newRequestId();
		EventEnvelope received = publish(Topics.REQUEST_EVENTS,
				NoticeMother.received(requestId, RequestType.ERASURE, SubjectMother.camille(address), "form"));
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(received));

		MimeMessage email = awaitOneEmail(address, Topics.REQUEST_EVENTS);
		assertThat(email.getSubject()).isEqualTo("Oubli : nous avons bien reçu votre demande");
		assertThat(email.getHeader("Content-Language")).containsExactly("fr");
		Map<String, String> parts = MailInbox.parts(email);
		assertThat(parts.get("text/plain")).contains("Référence de votre demande : " + requestId,
				"au plus tard le 22 décembre 2026");
		assertThat(parts.get("text/html")).contains(requestId, "22 décembre 2026");
		awaitNoticeSent(requestId, "acknowledgement");
		assertThat(output.getAll()).doesNotContain(address);
	}

	@Test
	void theExtensionTellsTheReasonsAndTheNewDateInEnglish() throws Exception {
		String address = SubjectMother.uniqueAddress("lucas.bernard");
		String requestId = NoticeMother.newRequestId();
		publish(Topics.REQUEST_EVENTS, NoticeMother.extended(requestId, SubjectMother.lucasInEnglish(address),
				"Your request covers ten years of messages."));

		MimeMessage email = awaitOneEmail(address, Topics.REQUEST_EVENTS);
		assertThat(email.getSubject()).isEqualTo("Oubli: the time to answer your request is extended");
		assertThat(MailInbox.parts(email).get("text/plain")).contains("Why: Your request covers ten years of messages.",
				"we will answer by 22 February 2027", "22 December 2026");
		awaitNoticeSent(requestId, "deadline-extended");
	}

	@Test
	void aRefusalNamesTheAuthorityOfTheCasesJurisdiction() throws Exception {
		String french = SubjectMother.uniqueAddress("lea.dubois");
		String english = SubjectMother.uniqueAddress("hugo.moreau");
		String frenchRequest = NoticeMother.newRequestId();
		String englishRequest = NoticeMother.newRequestId();
		publish(Topics.REQUEST_EVENTS, NoticeMother.closed(frenchRequest, SubjectMother.camille(french),
				ClosureReason.REFUSED, "EU-FR", "La demande est manifestement excessive."));
		publish(Topics.REQUEST_EVENTS, NoticeMother.closed(englishRequest, SubjectMother.lucasInEnglish(english),
				ClosureReason.REFUSED, "UK", "The request is manifestly excessive."));

		MimeMessage inFrench = awaitOneEmail(french, Topics.REQUEST_EVENTS);
		assertThat(inFrench.getSubject()).isEqualTo("Oubli : notre réponse à votre demande");
		assertThat(MailInbox.parts(inFrench).get("text/plain")).contains(
				"Nos raisons : La demande est manifestement excessive.",
				"Commission nationale de l’informatique et des libertés (CNIL, France), https://www.cnil.fr",
				"recours juridictionnel");
		MimeMessage inEnglish = awaitOneEmail(english, Topics.REQUEST_EVENTS);
		assertThat(inEnglish.getSubject()).isEqualTo("Oubli: our answer to your request");
		assertThat(MailInbox.parts(inEnglish).get("text/plain")).contains(
				"Information Commissioner’s Office (ICO, United Kingdom), https://ico.org.uk",
				"right to a judicial remedy");
		assertThat(MailInbox.parts(inEnglish).get("text/html")).contains("href=\"https://ico.org.uk\"");
		awaitNoticeSent(frenchRequest, "request-refused");
	}

	@Test
	void anUnverifiedCaseIsClosedWithANoticeOnce() throws Exception {
		String address = SubjectMother.uniqueAddress("chloe.laurent");
		String requestId = NoticeMother.newRequestId();
		EventEnvelope closed = publish(Topics.REQUEST_EVENTS, NoticeMother.closed(requestId,
				SubjectMother.camille(address), ClosureReason.UNVERIFIED, "EU-FR", null));
		this.kafka.send(Topics.REQUEST_EVENTS, requestId, this.codec.encode(closed));

		MimeMessage email = awaitOneEmail(address, Topics.REQUEST_EVENTS);
		assertThat(email.getSubject()).isEqualTo("Oubli : votre demande est close");
		assertThat(MailInbox.parts(email).get("text/plain")).contains(requestId,
				"pas été confirmée dans le délai prévu");
		awaitNoticeSent(requestId, "request-closed");
	}

	@Test
	void theReminderTheLinkedNoticeAndEachNewCodeAreSent() throws Exception {
		String address = SubjectMother.uniqueAddress("camille.martin");
		String requestId = NoticeMother.newRequestId();
		publish(Topics.VERIFICATION_EVENTS, NoticeMother.reminder(requestId, SubjectMother.camille(address)));
		publish(Topics.VERIFICATION_EVENTS,
				NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "111111"));
		publish(Topics.VERIFICATION_EVENTS,
				NoticeMother.codeIssued(requestId, SubjectMother.camille(address), "222222"));
		publish(Topics.REQUEST_EVENTS,
				NoticeMother.linked(requestId, NoticeMother.newRequestId(), SubjectMother.camille(address)));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.inbox.to(address).size() >= 4);
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP,
				Topics.VERIFICATION_EVENTS);
		List<String> subjects = this.inbox.to(address).stream().map(CaseNoticesIT::subjectOf).toList();
		assertThat(subjects).containsExactlyInAnyOrder("Oubli : votre demande attend toujours votre confirmation",
				"Oubli : votre code de vérification", "Oubli : votre code de vérification",
				"Oubli : votre demande rejoint celle déjà en cours");
		assertThat(this.inbox.to(address)).extracting((email) -> MailInbox.parts(email).get("text/plain"))
			.anySatisfy((text) -> assertThat(text).contains("Code : 111111"))
			.anySatisfy((text) -> assertThat(text).contains("Code : 222222"))
			.anySatisfy((text) -> assertThat(text).contains("/verify/" + requestId + "?lang=fr", "6 décembre 2026"));
	}

	private EventEnvelope publish(String topic, OubliEvent event) {
		EventEnvelope envelope = NoticeMother.envelope(event, "test");
		this.kafka.send(topic, event.requestId(), this.codec.encode(envelope));
		return envelope;
	}

	private MimeMessage awaitOneEmail(String address, String topic) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.inbox.to(address).isEmpty());
		KafkaProgress.awaitConsumed(OubliInfrastructure.get().kafkaBootstrapServers(), GROUP, topic);
		List<MimeMessage> received = this.inbox.to(address);
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private void awaitNoticeSent(String requestId, String notice) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.kafka.readAll(Topics.NOTIFICATION_EVENTS, Duration.ofSeconds(2))
				.stream()
				.filter((record) -> requestId.equals(record.key()))
				.map((record) -> this.codec.decode(record.value()).payload())
				.filter(NoticeSent.class::isInstance)
				.map((sent) -> ((NoticeSent) sent).notice())
				.toList()).containsExactly(notice));
	}

	private static String subjectOf(MimeMessage email) {
		try {
			return email.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
