package org.oubli.notification.template;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.notification.NoticeMother;
import org.oubli.notification.NotificationProperties;
import org.oubli.notification.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case notice rendered in French and in English from its templates:
 * acknowledgement, reminder, extension, refusal (with the authority of the case's
 * jurisdiction, or the generic fallback), closure and linked duplicate. Text and HTML say
 * the same; staff's free text is escaped in HTML.
 */
class CaseNoticesTest {

	private static final String ID = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";

	private final NoticeTemplates templates = new NoticeTemplates(new NotificationProperties(
			"Oubli <no-reply@oubli.localhost>", URI.create("http://localhost:8082/"), "privacy@oubli.localhost",
			ZoneId.of("Europe/Paris"), "privacy-team@oubli.localhost", URI.create("http://localhost:8081")));

	private final Subject french = SubjectMother.camille();

	private final Subject english = SubjectMother.lucasInEnglish();

	@Test
	void theAcknowledgementGivesTheReferenceAndDueDateInFrenchOrEnglish() {
		RenderedEmail fr = this.templates
			.acknowledgement(NoticeMother.received(ID, RequestType.ERASURE, this.french, "form"));
		assertThat(fr.language()).isEqualTo(Language.FR);
		assertThat(fr.subject()).isEqualTo("Oubli : nous avons bien reçu votre demande");
		assertBoth(fr, "demande d’effacement de vos données", "22 novembre 2026", ID, "privacy@oubli.localhost");
		assertThat(fr.text()).contains("Référence de votre demande : " + ID, "au plus tard le 22 décembre 2026",
				"vous recevrez un message séparé");

		RenderedEmail en = this.templates
			.acknowledgement(NoticeMother.received(ID, RequestType.ACCESS, this.english, "account"));
		assertThat(en.subject()).isEqualTo("Oubli: we have received your request");
		assertBoth(en, "request to access your data", "22 December 2026", ID);
		assertThat(en.text()).contains("We will answer by 22 December 2026").doesNotContain("separate message");
		assertThat(en.html()).contains("lang=\"en\"");
	}

	@Test
	void theReminderLinksToThePageAndGivesTheEndOfThePeriod() {
		RenderedEmail fr = this.templates.verificationReminder(NoticeMother.reminder(ID, this.french));
		assertThat(fr.subject()).isEqualTo("Oubli : votre demande attend toujours votre confirmation");
		assertThat(fr.text()).contains("6 décembre 2026 à 10 h 30", "http://localhost:8082/verify/" + ID + "?lang=fr",
				"demander un nouveau");
		assertThat(fr.html()).contains("href=\"http://localhost:8082/verify/" + ID + "?lang=fr\"");

		RenderedEmail en = this.templates.verificationReminder(NoticeMother.reminder(ID, this.english));
		assertThat(en.subject()).isEqualTo("Oubli: your request is still waiting for your confirmation");
		assertBoth(en, "6 December 2026 at 10:30", "/verify/" + ID + "?lang=en", "closed without action");
	}

	@Test
	void theExtensionGivesTheReasonsAndTheNewDateEscapedInHtml() {
		String reason = "Your request covers ten years of messages <and attachments>.";
		RenderedEmail fr = this.templates.deadlineExtended(NoticeMother.extended(ID, this.french, reason));
		assertThat(fr.subject()).isEqualTo("Oubli : le délai de réponse à votre demande est prolongé");
		assertThat(fr.text()).contains("22 décembre 2026", "22 février 2027", "Pourquoi : " + reason,
				"recours juridictionnel");
		assertThat(fr.html()).contains("&lt;and attachments&gt;").doesNotContain("<and attachments>");

		RenderedEmail en = this.templates.deadlineExtended(NoticeMother.extended(ID, this.english, reason));
		assertThat(en.subject()).isEqualTo("Oubli: the time to answer your request is extended");
		assertBoth(en, "22 February 2027", "22 December 2026", "judicial remedy");
		assertThat(en.text()).contains("Why: " + reason, "we will answer by 22 February 2027");
	}

	@ParameterizedTest
	@CsvSource({ "EU-FR,CNIL,https://www.cnil.fr", "UK,ICO,https://ico.org.uk", "MA,CNDP,https://www.cndp.ma",
			"CA-QC,CAI,https://www.cai.gouv.qc.ca", "US-CA,CPPA,https://cppa.ca.gov", "BR,ANPD,https://www.gov.br/anpd",
			"CH,FDPIC,https://www.edoeb.admin.ch" })
	void aRefusalNamesTheAuthorityOfTheCasesJurisdictionAndTheRightToAJudicialRemedy(String jurisdiction,
			String acronym, String website) {
		for (Subject subject : List.of(this.french, this.english)) {
			RenderedEmail email = this.templates.refusal(NoticeMother.closed(ID, subject, ClosureReason.REFUSED,
					jurisdiction, "The request is manifestly excessive."));
			assertBoth(email, acronym, website, "The request is manifestly excessive.");
			assertThat(email.html()).contains("href=\"" + website + "\"");
		}
		RenderedEmail fr = this.templates
			.refusal(NoticeMother.closed(ID, this.french, ClosureReason.REFUSED, jurisdiction, "Demande excessive."));
		assertThat(fr.subject()).isEqualTo("Oubli : notre réponse à votre demande");
		assertThat(fr.text()).contains("Nos raisons : Demande excessive.", "recours juridictionnel");
		RenderedEmail en = this.templates
			.refusal(NoticeMother.closed(ID, this.english, ClosureReason.REFUSED, jurisdiction, "Excessive."));
		assertThat(en.subject()).isEqualTo("Oubli: our answer to your request");
		assertThat(en.text()).contains("Our reasons: Excessive.", "right to a judicial remedy");
	}

	@Test
	void theCameroonianAuthorityIsNamedWithoutAWebsiteAndAnUnknownJurisdictionFallsBack() {
		RenderedEmail cameroon = this.templates
			.refusal(NoticeMother.closed(ID, this.french, ClosureReason.REFUSED, "CM", "Motif."));
		assertBoth(cameroon, "Autorité de protection des données à caractère personnel", "APDP", "Cameroun");

		RenderedEmail unknown = this.templates
			.refusal(NoticeMother.closed(ID, this.english, ClosureReason.REFUSED, "XX-YY", "Reason."));
		assertBoth(unknown, "the competent data protection authority of your country", "judicial remedy");
		assertThat(unknown.text()).doesNotContain("CNIL", "ICO", "https://");
		RenderedEmail none = this.templates
			.refusal(NoticeMother.closed(ID, this.french, ClosureReason.REFUSED, null, null));
		assertThat(none.text()).contains("l’autorité de protection des données compétente de votre pays",
				"Nos raisons : -");
	}

	@Test
	void theAuthorityTableCoversTheAssumedJurisdictionCodes() {
		assertThat(Authorities.load().jurisdictions()).contains("EU-FR", "UK", "MA", "CM", "CA-QC", "US-CA", "BR",
				"CH");
	}

	@Test
	void aClosureExplainsEachReasonInFrenchOrEnglish() {
		RenderedEmail unverified = this.templates
			.closure(NoticeMother.closed(ID, this.french, ClosureReason.UNVERIFIED, "EU-FR", null));
		assertThat(unverified.subject()).isEqualTo("Oubli : votre demande est close");
		assertBoth(unverified, "pas été confirmée dans le délai prévu", "6 décembre 2026", ID);
		assertThat(unverified.text()).doesNotContain("Précisions");

		RenderedEmail cancelled = this.templates
			.closure(NoticeMother.closed(ID, this.english, ClosureReason.CANCELLED, "EU-FR", null));
		assertThat(cancelled.subject()).isEqualTo("Oubli: your request is closed");
		assertBoth(cancelled, "You withdrew this request", "6 December 2026");

		RenderedEmail byStaff = this.templates.closure(NoticeMother.closed(ID, this.english,
				ClosureReason.HANDLED_BY_STAFF, "EU-FR", "We corrected your postal address <by hand>."));
		assertThat(byStaff.text()).contains("Our staff handled this request directly.",
				"From our staff: We corrected your postal address <by hand>.");
		assertThat(byStaff.html()).contains("&lt;by hand&gt;");
		RenderedEmail frenchStaff = this.templates.closure(
				NoticeMother.closed(ID, this.french, ClosureReason.HANDLED_BY_STAFF, "EU-FR", "Adresse corrigée."));
		assertBoth(frenchStaff, "Notre équipe a traité cette demande directement.", "Adresse corrigée.");
	}

	@Test
	void aLinkedDuplicateNamesTheOpenCase() {
		String open = "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
		RenderedEmail fr = this.templates.linked(NoticeMother.linked(ID, open, this.french));
		assertThat(fr.subject()).isEqualTo("Oubli : votre demande rejoint celle déjà en cours");
		assertBoth(fr, ID, open, "rattachée");
		RenderedEmail en = this.templates.linked(NoticeMother.linked(ID, open, this.english));
		assertThat(en.subject()).isEqualTo("Oubli: your request joins the one already in progress");
		assertBoth(en, ID, open, "linked it to the one in progress");
	}

	private static void assertBoth(RenderedEmail email, String... texts) {
		assertThat(email.text()).contains(texts);
		assertThat(email.html()).contains(texts);
	}

}
