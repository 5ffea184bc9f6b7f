package org.oubli.export.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.oubli.testsupport.MutableClock;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * export-worker on the real broker and wire server, one application context for every
 * test class (two contexts would both consume the verification topic): small pages, short
 * timeouts, two attempts per page, a {@link MutableClock}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@OubliIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=oubli-kit,export-worker", "oubli.export.page-size=3",
				"oubli.export.max-page-size=64KB", "oubli.export.read-timeout=1s", "oubli.export.sweep-interval=PT1S",
				"oubli.export.link.base-url=http://export.example", "oubli.export.link.max-downloads=3",
				"resilience4j.retry.configs.default.max-attempts=2",
				"resilience4j.retry.configs.default.wait-duration=10ms",
				"resilience4j.retry.configs.default.enable-randomized-wait=false" })
@Import(ExportWorkerTest.Clocks.class)
public @interface ExportWorkerTest {

	/** When the tests' clock starts. */
	Instant START = Instant.parse("2026-03-05T09:30:00Z");

	/** The clock the tests move. */
	@TestConfiguration
	class Clocks {

		@Bean
		@Primary
		MutableClock clock() {
			return new MutableClock(START);
		}

	}

}
