package org.oubli.devstack;

import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.function.Executable;
import org.oubli.testsupport.HeadlessChromium;

import static org.awaitility.Awaitility.await;

/**
 * Headless Chromium driven by Playwright against the staff console of the running stack.
 * Chromium is Debian's ({@code apt-get install -y chromium}, found on the {@code PATH})
 * or the executable named by {@code OUBLI_CHROMIUM}; without it the tests fail, they are
 * never skipped. Playwright's own browsers are never downloaded
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, also set by the module's surefire
 * configuration).
 */
final class ConsoleBrowser implements AutoCloseable {

	/** How long a page may take to show what the stack does in the background. */
	static final Duration PATIENCE = Duration.ofSeconds(90);

	private final HeadlessChromium chromium;

	private final Browser browser;

	private final String base;

	private ConsoleBrowser(HeadlessChromium chromium, String base) {
		this.chromium = chromium;
		this.browser = chromium.browser();
		this.base = base;
	}

	/**
	 * Launches Chromium for the console served at {@code base}.
	 * @param base request-intake's URL
	 * @return the browser
	 */
	static ConsoleBrowser launch(String base) {
		return new ConsoleBrowser(HeadlessChromium.launch(), base);
	}

	/**
	 * A fresh browser (its own cookies, so its own session) preferring {@code locale}.
	 * @param locale a BCP 47 tag such as {@code en-GB} or {@code fr-FR}
	 * @return the context; close it after use
	 */
	BrowserContext context(String locale) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setLocale(locale).setAcceptDownloads(true));
		context.setDefaultTimeout(15_000);
		return context;
	}

	/**
	 * Signs in on the console's sign-in page and returns the page it lands on.
	 * @param context a fresh context
	 * @param username the staff account
	 * @param password its password
	 * @return the page, signed in
	 */
	Page signIn(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		page.navigate(url("/staff/console/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#sign-in").click();
		page.waitForURL((url) -> !url.contains("/staff/console/login"));
		PlaywrightAssertions.assertThat(page.locator("#signed-in-as")).containsText(username);
		return page;
	}

	String url(String path) {
		return this.base + path;
	}

	/**
	 * Reloads the page until the check passes: what the page shows comes from events
	 * handled in the background (no timing is asserted, only an upper bound on waiting).
	 * @param page the page
	 * @param check assertions on the reloaded page
	 */
	static void reloadUntil(Page page, Executable check) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(700)).ignoreExceptions().untilAsserted(() -> {
			page.reload();
			check.execute();
		});
	}

	@Override
	public void close() {
		this.chromium.close();
	}

}
