package org.oubli.intake.form;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.oubli.intake.fixtures.FormBrowser;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web form over real HTTP against the running service: French or English from the
 * browser or the link, every field labelled, errors next to their fields with nothing
 * stored, CSRF protection, and an accepted form opening a case (channel {@code form})
 * whose reference and due date the confirmation page shows in the chosen language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class RequestFormIT {

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void speaksTheBrowsersLanguageAndSwitchesByLink() {
		FormBrowser browser = new FormBrowser(this.port);
		HttpResponse<String> english = browser.get("/request", "en-GB,en;q=0.9");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("<html lang=\"en\">", "Email address", "Country of residence",
				"I am an authorized agent acting for someone else", "href=\"/request?lang=fr\"");
		HttpResponse<String> french = browser.get("/request?lang=fr", "en-GB,en;q=0.9");
		assertThat(french.body()).contains("<html lang=\"fr\">", "Adresse e-mail", "Pays de résidence",
				"Je suis un mandataire", "href=\"/request?lang=en\"");
		assertThat(browser.get("/", "de-DE").body()).contains("<html lang=\"fr\">", "Adresse e-mail");
		assertThat(browser.get("/?lang=en", "fr").body()).contains("<html lang=\"en\">");
	}

	@Test
	void everyFieldHasItsLabelAndTheSixRightsAreOffered() {
		String page = new FormBrowser(this.port).get("/request", "en").body();
		for (String field : new String[] { "email", "accountId", "phone", "country", "details", "authorizedAgent" }) {
			assertThat(page).contains("<label for=\"" + field + "\"", "id=\"" + field + "\"");
		}
		for (String type : new String[] { "access", "portability", "erasure", "rectification", "restriction",
				"objection" }) {
			assertThat(page).contains("id=\"type-" + type + "\"", "value=\"" + type + "\"",
					"<label for=\"type-" + type + "\"");
		}
		assertThat(page).contains("<legend>What would you like us to do?</legend>", "stop marketing",
				"<option value=\"FR\">France</option>", "name=\"_csrf\"");
	}

	@Test
	void invalidFieldsComeBackWithTheirErrorsAndNothingIsStored() {
		long before = this.mongo.getCollection("cases").countDocuments();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", "not-an-address");
		fields.put("phone", "12");
		fields.put("accountId", "bad id!");
		fields.put("details", "x".repeat(FormChecks.MAX_DETAILS + 1));
		HttpResponse<String> english = new FormBrowser(this.port).submit("en", fields);

		assertThat(english.statusCode()).isEqualTo(400);
		String page = english.body();
		assertThat(page).contains("<title>Error: your request", "id=\"error-summary\"", "There is a problem",
				"href=\"#email\"", "href=\"#type-access\"", "href=\"#country\"");
		assertThat(page).contains("id=\"type-error\"", "Choose what you would like us to do",
				"aria-describedby=\"type-error\"");
		assertThat(page).contains("id=\"email-error\"", "Enter an email address in the format name@example.com",
				"aria-describedby=\"email-hint email-error\" aria-invalid=\"true\"");
		assertThat(page).contains("id=\"phone-error\"",
				"aria-describedby=\"phone-hint phone-error\" aria-invalid=\"true\"");
		assertThat(page).contains("id=\"accountId-error\"", "id=\"country-error\"", "Choose your country of residence",
				"id=\"details-error\"", "at most 2000 characters");
		// what was typed is kept for correction; the hidden language stays
		assertThat(page).contains("value=\"not-an-address\"", "name=\"lang\" value=\"en\"");
		assertThat(this.mongo.getCollection("cases").countDocuments()).isEqualTo(before);

		HttpResponse<String> french = new FormBrowser(this.port).submit("fr", Map.of("email", "personne@example.fr"));
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.body())
			.contains("<html lang=\"fr\">", "Il y a un problème", "Choisissez ce que vous souhaitez que nous fassions",
					"Choisissez votre pays de résidence")
			.doesNotContain("id=\"email-error\"");
		assertThat(this.mongo.getCollection("cases").countDocuments()).isEqualTo(before);
	}

	@Test
	void aFormNotLoadedFromThisSiteIsRefused() {
		long before = this.mongo.getCollection("cases").countDocuments();
		HttpResponse<String> forged = new FormBrowser(this.port)
			.post(Map.of("type", "erasure", "email", SubjectMother.freshEmail(), "country", "FR", "lang", "en"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("https://oubli.org/problems/csrf");
		assertThat(this.mongo.getCollection("cases").countDocuments()).isEqualTo(before);
	}

	@Test
	void anAcceptedFormShowsItsReferenceAndDueDateInFrench() {
		String email = SubjectMother.freshEmail();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", "objection");
		fields.put("email", email);
		fields.put("phone", "+33 6 12 34 56 78");
		fields.put("country", "FR");
		fields.put("details", "Je ne veux plus recevoir de prospection.");
		FormBrowser browser = new FormBrowser(this.port);
		HttpResponse<String> sent = browser.submit("fr", fields);

		assertThat(sent.statusCode()).isEqualTo(302);
		String location = sent.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/request/received/[0-9a-f-]{36}\\?lang=fr");
		String reference = location.replaceAll(".*/received/([0-9a-f-]{36}).*", "$1");
		Document stored = this.mongo.getCollection("cases").find(new Document("_id", reference)).first();
		assertThat(stored).isNotNull();
		assertThat(stored.getString("channel")).isEqualTo("form");
		assertThat(stored.getString("type")).isEqualTo("OBJECTION");
		assertThat(stored.get("subject", Document.class).getString("email")).isEqualTo(email);
		assertThat(stored.get("subject", Document.class).getString("language")).isEqualTo("FR");
		LocalDate dueOn = LocalDate.parse(stored.getString("dueOn"));

		HttpResponse<String> page = browser.get(location.replaceAll("^https?://[^/]+", ""), "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("<html lang=\"fr\">", "Votre demande a bien été reçue",
					"Votre opposition à l’utilisation de vos données est enregistrée.", reference,
					"datetime=\"" + dueOn + "\"", long_(dueOn, Locale.FRENCH))
			.doesNotContain(email);
	}

	@Test
	void anAcceptedFormShowsItsReferenceAndDueDateInEnglish() {
		Map<String, String> fields = Map.of("type", "erasure", "email", SubjectMother.freshEmail(), "country", "BE",
				"authorizedAgent", "true", "accountId", "acc-1001");
		FormBrowser browser = new FormBrowser(this.port);
		HttpResponse<String> sent = browser.submit("en", fields);
		assertThat(sent.statusCode()).isEqualTo(302);
		String location = sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String reference = location.replaceAll(".*/received/([0-9a-f-]{36}).*", "$1");
		Document stored = this.mongo.getCollection("cases").find(new Document("_id", reference)).first();
		assertThat(stored.get("subject", Document.class).getString("language")).isEqualTo("EN");
		LocalDate dueOn = LocalDate.parse(stored.getString("dueOn"));

		HttpResponse<String> page = browser.get(location, "fr");
		assertThat(page.body()).contains("<html lang=\"en\">", "Your request has been received", reference,
				"We will answer by", long_(dueOn, Locale.ENGLISH));
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(reference)), "cases")).isEqualTo(1);
	}

	@Test
	void anUnknownReferenceIsNotFoundWithoutEcho() {
		HttpResponse<String> page = new FormBrowser(this.port).get("/request/received/someone@example.fr", "en");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("No request has this reference.").doesNotContain("someone@example.fr");
	}

	private static String long_(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
