package org.oubli.intake.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.kafka.CloudEventHeaders;
import org.oubli.kit.kafka.DeadLetters;
import org.oubli.testsupport.HeadlessChromium;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member of staff resolves a dead letter in a real browser (headless Chromium driven by
 * Playwright, Debian's chromium as for the web form's browser test): signs in, finds the
 * item, picks a reason, discards it, reads the confirmation; the item is gone from the
 * open list and the decision is on the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,request-intake", DeadLetterInboxIT.FAST_TOPIC_REFRESH })
@OubliIntegrationTest
class DeadLetterBrowserIT {

	private static HeadlessChromium chromium;

	private static Browser browser;

	private final RawKafka kafka = new RawKafka();

	@LocalServerPort
	private int port;

	@Autowired
	private AuditTrail audit;

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
	void anAgentDiscardsADeadLetterFromThePage() {
		String requestId = UUID.randomUUID().toString();
		String marker = "browser-secret-" + requestId;
		this.kafka.send(Topics.deadLetterOf(Topics.ERASURE_EVENTS), requestId.getBytes(StandardCharsets.UTF_8),
				marker.getBytes(StandardCharsets.UTF_8),
				List.of(RawKafka.header(CloudEventHeaders.TYPE, "SystemErased"),
						RawKafka.header(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.ERASURE_EVENTS),
						RawKafka.header(DeadLetters.REASON_HEADER, "Event is not JSON (StreamReadException)")));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> StaffClient.agent(this.port)
				.get("/staff/api/v1/dead-letters?requestId=" + requestId)
				.json()
				.size() == 1);

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(base() + "/staff/console/login?lang=en");
			page.locator("#username").fill("staff-agent");
			page.locator("#password").fill("dev-agent-password");
			page.locator("#sign-in").click();
			page.waitForURL("**/staff/console/cases**");
			page.locator("#nav-dead-letters").click();
			page.waitForURL("**/staff/console/dead-letters**");

			Locator row = page.locator("tr:has(a.case-link[href='/staff/console/cases/" + requestId + "'])");
			assertThat(row.locator(".event-type")).hasText("SystemErased");
			assertThat(row.locator(".reason")).hasText("Event is not JSON (StreamReadException)");
			assertThat(page.content()).doesNotContain(marker);
			row.locator("form.discard-form select[name=reasonCode]").selectOption("UNREADABLE");
			row.locator("form.discard-form button").click();

			page.waitForURL("**/staff/console/dead-letters?status=OPEN");
			assertThat(page.locator("#flash")).hasText("Discarded.");
			assertThat(page.locator("a.case-link[href='/staff/console/cases/" + requestId + "']")).hasCount(0);
		}
		assertThat(this.audit.ofRequest(requestId)).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("dead-letter.discarded");
			assertThat(entry.actor()).isEqualTo("staff-agent");
			assertThat(entry.details()).containsEntry("reasonCode", "UNREADABLE");
		});
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
