package org.oubli.notification.template;

import java.net.URI;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.notification.NoticeMother;
import org.oubli.notification.NotificationProperties;
import org.oubli.notification.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeTemplatesTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final NoticeTemplates templates = new NoticeTemplates(new NotificationProperties(
			"Oubli <no-reply@oubli.localhost>", URI.create("http://localhost:8082/"), "privacy@oubli.localhost",
			ZoneId.of("Europe/Paris"), "privacy-team@oubli.localhost", URI.create("http://intake.example:8081/")));

	@Test
	void theFrenchCodeEmailCarriesTheCodeOnItsOwnLineAndTheLink() {
		RenderedEmail email = this.templates
			.verificationCode(NoticeMother.codeIssued("req-1", SubjectMother.camille(), "042917"), "042917");

		assertThat(email.language()).isEqualTo(Language.FR);
		assertThat(email.subject()).isEqualTo("Oubli : votre code de vérification");
		assertThat(email.text()).contains("\nCode : 042917\n", "http://localhost:8082/verify/req-1?lang=fr",
				"22 novembre 2026 à 14 h 35", "5 essais");
		assertThat(firstCode(email.text())).isEqualTo("042917");
		assertThat(email.html()).contains("lang=\"fr\"", "Code : 042917",
				"href=\"http://localhost:8082/verify/req-1?lang=fr\"");
		assertThat(firstCode(email.html())).isEqualTo("042917");
		assertThat(email.toString()).doesNotContain("042917");
	}

	@Test
	void theEnglishCodeEmailIsInEnglish() {
		RenderedEmail email = this.templates
			.verificationCode(NoticeMother.codeIssued("req-2", SubjectMother.lucasInEnglish(), "654321"), "654321");

		assertThat(email.subject()).isEqualTo("Oubli: your verification code");
		assertThat(email.text()).contains("\nCode: 654321\n", "/verify/req-2?lang=en", "22 November 2026 at 14:35",
				"5 attempts");
		assertThat(firstCode(email.text())).isEqualTo("654321");
		assertThat(email.html()).contains("lang=\"en\"", "Code: 654321");
	}

	@Test
	void aSubjectWithoutLanguageIsWrittenToInFrench() {
		Subject noLanguage = new Subject(EmailAddress.of("lea.dubois@example.fr"), null, null);

		assertThat(this.templates.verificationCode(NoticeMother.codeIssued("req-3", noLanguage, "111111"), "111111")
			.subject()).isEqualTo("Oubli : votre code de vérification");
	}

	@Test
	void theFrenchCompletionEmailTellsWhatWasErasedAnonymisedAndKeptAndWhy() {
		RenderedEmail email = this.templates
			.erasureCompleted(NoticeMother.erasureCompleted("req-4", SubjectMother.camille()));

		assertThat(email.subject()).isEqualTo("Oubli : votre demande d'effacement est terminée");
		assertThat(email.text()).contains("référence req-4", "22 novembre 2026", "Profiles\n", "  - effacé : compte\n",
				"  - effacé : coordonnées\n", "  - effacé : annonces\n", "Payments\n",
				"  - conservé : factures, au titre de l’obligation légale « Code de commerce, art. L123-22 », jusqu’au 22 novembre 2036\n",
				"  - effacé : cartes bancaires enregistrées\n",
				"  - anonymisé : fiche client (données identifiantes remplacées par des valeurs neutres)\n",
				"Messaging\n", "  - effacé : historique des discussions\n",
				"Pourquoi certaines données sont conservées", "obligation légale", "CNIL", "privacy@oubli.localhost");
		assertThat(email.text().indexOf("factures")).isBetween(email.text().indexOf("Payments"),
				email.text().indexOf("Messaging"));
		assertThat(email.html()).contains("<h2 style=\"font-size: 18px;\">Payments</h2>",
				"Code de commerce, art. L123-22", "22 novembre 2036", "CNIL");
	}

	@Test
	void theEnglishCompletionEmailIsInEnglishAndStillNamesTheCnil() {
		RenderedEmail email = this.templates
			.erasureCompleted(NoticeMother.erasureCompleted("req-5", SubjectMother.lucasInEnglish()));

		assertThat(email.subject()).isEqualTo("Oubli: your erasure request is complete");
		assertThat(email.text()).contains("completed on 22 November 2026",
				"  - kept: invoices, under the legal obligation \"Code de commerce, art. L123-22\", until 22 November 2036\n",
				"  - erased: stored payment cards\n", "  - anonymised: customer record (", "  - erased: chat logs\n",
				"Why some data is kept", "Article 17(3)(b)", "supervisory authority", "CNIL");
		assertThat(email.html()).contains("lang=\"en\"", "22 November 2036", "supervisory authority", "CNIL");
	}

	@Test
	void withNothingKeptTheEmailDoesNotExplainRetention() {
		RenderedEmail email = this.templates.erasureCompleted(new org.oubli.contracts.events.RequestCompleted("req-6",
				org.oubli.contracts.RequestType.ERASURE, SubjectMother.camille(), NoticeMother.COMPLETED_AT,
				java.util.List.of(new org.oubli.contracts.events.SystemOutcome("messaging", "Messaging",
						java.util.List.of(org.oubli.contracts.connector.CategoryOutcome.erased("messages", 1),
								org.oubli.contracts.connector.CategoryOutcome.erased("unknown-thing", 1))))));

		assertThat(email.text()).contains("  - effacé : messages\n", "  - effacé : unknown-thing\n")
			.doesNotContain("Pourquoi certaines données sont conservées");
	}

	@Test
	void theStaffAlertIsInFrenchThenEnglishWithTheRequestReasonAndLink() {
		RenderedEmail email = this.templates
			.staffAlert(new RequestNeedsAttention("req-7", "verification code expired unused"));

		assertThat(email.languages()).containsExactly(Language.FR, Language.EN);
		assertThat(email.contentLanguage()).isEqualTo("fr, en");
		assertThat(email.subject())
			.isEqualTo("Oubli : une demande doit être examinée / Oubli: a request needs attention (req-7)");
		assertThat(email.text()).contains("Demande : req-7\n",
				"Motif (tel que consigné, en anglais) : verification code expired unused\n",
				"Dossier : http://intake.example:8081/api/v1/requests/req-7\n", "Request: req-7\n",
				"Reason: verification code expired unused\n",
				"Case: http://intake.example:8081/api/v1/requests/req-7\n");
		assertThat(email.text().indexOf("Demande :")).isLessThan(email.text().indexOf("Request:"));
		assertThat(email.html()).contains("href=\"http://intake.example:8081/api/v1/requests/req-7\"",
				"<div lang=\"fr\">", "<div lang=\"en\">");
	}

	@Test
	void theStaffAlertEscapesTheReasonInHtml() {
		RenderedEmail email = this.templates.staffAlert(new RequestNeedsAttention("req-8", "<b>HTTP 503</b>"));

		assertThat(email.html()).contains("&lt;b&gt;HTTP 503&lt;/b&gt;").doesNotContain("<b>HTTP 503</b>");
	}

	@Test
	void theFirstOfTheMonthIsWrittenTheFrenchWay() {
		assertThat(new Vocabulary(Language.FR).date(java.time.LocalDate.of(2036, 11, 1)))
			.isEqualTo("1er novembre 2036");
		assertThat(new Vocabulary(Language.EN).date(java.time.LocalDate.of(2036, 11, 1))).isEqualTo("1 November 2036");
	}

	private static String firstCode(String body) {
		Matcher matcher = CODE.matcher(body);
		return matcher.find() ? matcher.group(1) : null;
	}

}
