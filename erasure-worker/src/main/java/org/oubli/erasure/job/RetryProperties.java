package org.oubli.erasure.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Durable retries: how a task that failed is rescheduled (from MongoDB, so a restart
 * loses nothing) and when retrying stops and a person takes over.
 *
 * @param initialDelay the wait after the first failed round
 * @param multiplier each further failure multiplies the wait by this
 * @param maxDelay the wait never exceeds this
 * @param jitter the wait is spread by up to this fraction either way (0.5: 50 % to 150
 * %), so that systems recovering from an outage are not hit all at once
 * @param escalationMargin retrying stops this long before the end of the case's due date
 * (in {@code zone}): staff need that time to act
 * @param minimumWindow a task is never escalated sooner than this after it was opened,
 * even when the due date is closer than the margin
 * @param staffRetryWindow a task staff retry gets at least this long before it escalates
 * again
 * @param zone the controller's time zone; a due date ends at midnight there
 */
@ConfigurationProperties("oubli.erasure.retry")
public record RetryProperties(@DefaultValue("PT1M") Duration initialDelay, @DefaultValue("2.0") double multiplier,
		@DefaultValue("PT2H") Duration maxDelay, @DefaultValue("0.5") double jitter,
		@DefaultValue("P5D") Duration escalationMargin, @DefaultValue("PT1H") Duration minimumWindow,
		@DefaultValue("P2D") Duration staffRetryWindow, @DefaultValue("Europe/Paris") ZoneId zone) {

	public RetryProperties {
		requirePositive("initial-delay", initialDelay);
		requirePositive("max-delay", maxDelay);
		requirePositive("minimum-window", minimumWindow);
		requirePositive("staff-retry-window", staffRetryWindow);
		if (escalationMargin == null || escalationMargin.isNegative()) {
			throw new IllegalArgumentException("oubli.erasure.retry.escalation-margin must not be negative");
		}
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("oubli.erasure.retry.multiplier must be at least 1");
		}
		if (jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("oubli.erasure.retry.jitter must be in [0, 1)");
		}
	}

	/**
	 * The wait before the next round after {@code failures} failed rounds (1 or more).
	 */
	public Duration delayAfter(int failures) {
		double base = this.initialDelay.toMillis() * Math.pow(this.multiplier, Math.max(0, failures - 1));
		double capped = Math.min(base, this.maxDelay.toMillis());
		double spread = (this.jitter == 0) ? 1.0
				: ThreadLocalRandom.current().nextDouble(1.0 - this.jitter, 1.0 + this.jitter);
		return Duration.ofMillis(Math.max(1L, Math.round(capped * spread)));
	}

	/**
	 * When a task opened at {@code openedAt} escalates: the end of the due date minus the
	 * margin, or {@code fallback} after opening when the due date is unknown, and never
	 * sooner than {@link #minimumWindow()} after opening.
	 */
	public Instant escalateAt(LocalDate dueOn, Instant openedAt, Duration fallback) {
		Instant limit = (dueOn != null)
				? dueOn.plusDays(1).atStartOfDay(this.zone).toInstant().minus(this.escalationMargin)
				: openedAt.plus(fallback);
		Instant earliest = openedAt.plus(this.minimumWindow);
		return limit.isBefore(earliest) ? earliest : limit;
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException("oubli.erasure.retry." + name + " must be a positive duration");
		}
	}

}
