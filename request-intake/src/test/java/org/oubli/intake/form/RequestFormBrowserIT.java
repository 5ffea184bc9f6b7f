package org.oubli.intake.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oubli.intake.fixtures.SubjectMother;
import org.oubli.testsupport.HeadlessChromium;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web form in a real browser (headless Chromium driven by Playwright) against the
 * running service on a random port with the real broker and MongoDB: a request sent in
 * French and one in English show their reference and localized due date; an invalid one
 * shows its errors next to the fields. Chromium is Debian's ({@code apt-get install -y
 * chromium}), or the one named by {@code OUBLI_CHROMIUM}; without it the test fails, it
 * is never skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class RequestFormBrowserIT {

	private static final Pattern REFERENCE = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static HeadlessChromium chromium;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongo;

	@BeforeAll
	static void launchChromium() {
		chromium = HeadlessChromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aFrenchBrowserSendsAnErasureRequestAndSeesItsReferenceAndDueDate() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
			Page page = context.newPage();
			page.navigate(base() + "/request");
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			page.getByLabel("Effacer mes données").check();
			String email = SubjectMother.freshEmail();
			page.getByLabel("Adresse e-mail").fill(email);
			page.getByLabel("Identifiant de compte (facultatif)").fill("acc-1001");
			page.getByLabel("Pays de résidence").selectOption("FR");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();

			page.waitForURL(Pattern.compile(".*/request/received/.*"));
			assertThat(page.getByRole(AriaRole.HEADING)).hasText("Votre demande a bien été reçue");
			String reference = page.locator("#reference").textContent();
			assertThat(reference).matches(REFERENCE);
			Document stored = storedCase(reference);
			assertThat(stored.getString("channel")).isEqualTo("form");
			assertThat(stored.getString("type")).isEqualTo("ERASURE");
			LocalDate dueOn = LocalDate.parse(stored.getString("dueOn"));
			assertThat(page.locator("#due-on")).hasText(longDate(dueOn, Locale.FRENCH));
			assertThat(page.locator("#due-on")).hasAttribute("datetime", dueOn.toString());
			assertThat(page.content()).doesNotContain(email);
		}
	}

	@Test
	void anEnglishBrowserSwitchesByLinkAndSendsAnObjectionToMarketing() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"))) {
			Page page = context.newPage();
			page.navigate(base() + "/");
			// no French nor English in the browser: French, with a link to English
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
			assertThat(page.locator("html")).hasAttribute("lang", "en");

			page.getByLabel("Object to the use of my data, or stop marketing").check();
			page.getByLabel("Email address").fill(SubjectMother.freshEmail());
			page.getByLabel("Phone number (optional)").fill("+44 20 7946 0958");
			page.getByLabel("Country of residence")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("United Kingdom"));
			page.getByLabel("Details (optional)").fill("Please stop your newsletters.");
			page.getByLabel("I am an authorized agent acting for someone else").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my request")).click();

			page.waitForURL(Pattern.compile(".*/request/received/.*lang=en"));
			assertThat(page.getByRole(AriaRole.HEADING)).hasText("Your request has been received");
			String reference = page.locator("#reference").textContent();
			LocalDate dueOn = LocalDate.parse(storedCase(reference).getString("dueOn"));
			assertThat(page.locator("#due-on")).hasText(longDate(dueOn, Locale.ENGLISH));
			assertThat(storedCase(reference).getString("type")).isEqualTo("OBJECTION");
		}
	}

	@Test
	void anInvalidRequestShowsEachErrorNextToItsField() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(base() + "/request");
			page.getByLabel("Email address").fill("camille.martin@");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my request")).click();

			Locator summary = page.locator("#error-summary");
			assertThat(summary).isVisible();
			assertThat(summary).isFocused();
			assertThat(summary.getByRole(AriaRole.LINK)).hasCount(3);
			assertThat(page).hasTitle(Pattern.compile("^Error: "));

			Locator email = page.getByLabel("Email address");
			assertThat(email).hasAttribute("aria-invalid", "true");
			assertThat(email).hasValue("camille.martin@");
			assertThat(page.locator("#email-error")).hasText("Enter an email address in the format name@example.com");
			assertThat(email).hasAccessibleDescription(Pattern.compile("Enter an email address in the format"));
			assertThat(page.getByLabel("Country of residence")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("#country-error")).hasText("Choose your country of residence");
			assertThat(page.locator("#type-error")).hasText("Choose what you would like us to do");
			assertThat(page.getByLabel("Phone number (optional)")).hasAttribute("aria-invalid", "false");

			// the summary's link leads to the field
			summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Choose your country of residence"))
				.click();
			assertThat(page.getByLabel("Country of residence")).isFocused();
		}
	}

	private Document storedCase(String reference) {
		Document stored = this.mongo.getCollection("cases").find(new Document("_id", reference)).first();
		assertThat(stored).as("case " + reference).isNotNull();
		return stored;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static String longDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
