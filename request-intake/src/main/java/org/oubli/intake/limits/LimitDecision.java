package org.oubli.intake.limits;

import java.time.Duration;

/**
 * Whether a new request may go ahead.
 *
 * @param allowed whether it may
 * @param limit which limit refused it ({@code null} when allowed)
 * @param retryAfter how long until it would be allowed ({@link Duration#ZERO} when
 * allowed)
 */
public record LimitDecision(boolean allowed, Kind limit, Duration retryAfter) {

	/** The limits. */
	public enum Kind {

		/** Too many requests for one email address. */
		ADDRESS,

		/** Too many requests from one client. */
		CLIENT

	}

	static final LimitDecision ALLOWED = new LimitDecision(true, null, Duration.ZERO);

	static LimitDecision refused(Kind limit, Duration retryAfter) {
		return new LimitDecision(false, limit, retryAfter);
	}

	/** Whole seconds to wait, at least 1 when refused: for {@code Retry-After}. */
	public long retryAfterSeconds() {
		if (this.allowed) {
			return 0;
		}
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	/** Whole minutes to wait, at least 1 when refused: for people. */
	public long retryAfterMinutes() {
		return (this.allowed) ? 0 : Math.max(1, (retryAfterSeconds() + 59) / 60);
	}

}
