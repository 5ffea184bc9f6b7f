package org.oubli.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright, for the browser tests. Playwright's
 * own browsers are never downloaded; without a Chromium the test fails (it is never
 * skipped): install it ({@code apt-get install -y chromium}, as {@code ./test.sh} does)
 * or point {@code OUBLI_CHROMIUM} at its executable.
 */
public final class HeadlessChromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	private HeadlessChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Starts Chromium.
	 * @return the running browser; close it after the tests
	 * @throws IllegalStateException if no Chromium is installed
	 */
	public static HeadlessChromium launch() {
		Path chromium = executable().orElseThrow(() -> new IllegalStateException("No Chromium for the browser "
				+ "test: install it (apt-get install -y chromium) or point OUBLI_CHROMIUM at its executable"));
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
			return new HeadlessChromium(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	/** The browser: one new context per user (own cookies, own session). */
	public Browser browser() {
		return this.browser;
	}

	/**
	 * {@code OUBLI_CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the
	 * path.
	 * @return the executable, if any
	 */
	public static Optional<Path> executable() {
		String configured = System.getenv("OUBLI_CHROMIUM");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Paths.get(configured)).filter(Files::isExecutable);
		}
		String path = System.getenv().getOrDefault("PATH", "/usr/bin");
		return Stream.of(path.split(File.pathSeparator))
			.flatMap((dir) -> Stream.of(Paths.get(dir, "chromium"), Paths.get(dir, "chromium-browser")))
			.filter(Files::isExecutable)
			.findFirst();
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
