package org.oubli.verification.code;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.RequestReceived;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which level each request needs and how long a subject has to verify.
 * <p>
 * Level: channel {@code account} is {@link VerificationLevel#EXISTING_AUTHENTICATION}; an
 * authorized agent's request is {@link VerificationLevel#MANUAL_REVIEW}; otherwise
 * {@code oubli.verification.levels.<type>} (e.g. {@code levels.erasure=EMAIL_CODE}),
 * whose defaults are {@code EMAIL_CODE_AND_DATA_POINT} for access and portability and
 * {@code EMAIL_CODE} for the others.
 *
 * @param levels level per request type (keys: request types, any case)
 * @param verificationPeriod how long a request may stay unverified before it is closed
 * ({@code VerificationExpired})
 * @param reminderAfter when, after the request came in, an unverified subject is reminded
 * once ({@code VerificationReminderDue}); not at all if not before the period's end
 * @param maxCodes how many codes one request may be sent in all (the first included)
 * @param resendInterval the least time between two codes of a request
 */
@ConfigurationProperties("oubli.verification")
public record VerificationPolicy(Map<String, VerificationLevel> levels,
		@DefaultValue("14d") Duration verificationPeriod, @DefaultValue("7d") Duration reminderAfter,
		@DefaultValue("5") int maxCodes, @DefaultValue("1m") Duration resendInterval) {

	/** The channel of requests the platform sends for a logged-in user. */
	public static final String ACCOUNT_CHANNEL = "account";

	private static final Map<RequestType, VerificationLevel> DEFAULTS = defaults();

	public VerificationPolicy {
		levels = (levels != null) ? Map.copyOf(levels) : Map.of();
		for (String type : levels.keySet()) {
			try {
				RequestType.valueOf(type.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("oubli.verification.levels: unknown request type " + type);
			}
		}
		if (verificationPeriod.isNegative() || verificationPeriod.isZero()) {
			throw new IllegalArgumentException("oubli.verification.verification-period must be positive");
		}
		if (maxCodes < 1) {
			throw new IllegalArgumentException("oubli.verification.max-codes must be at least 1");
		}
	}

	/** The defaults: 14 days, a reminder on day 7, five codes a minute apart. */
	public static VerificationPolicy defaultPolicy() {
		return new VerificationPolicy(Map.of(), Duration.ofDays(14), Duration.ofDays(7), 5, Duration.ofMinutes(1));
	}

	/** The level a new request needs. */
	public VerificationLevel levelFor(RequestReceived received) {
		if (ACCOUNT_CHANNEL.equals(received.channel())) {
			return VerificationLevel.EXISTING_AUTHENTICATION;
		}
		if (received.authorizedAgent()) {
			return VerificationLevel.MANUAL_REVIEW;
		}
		return levelFor(received.type());
	}

	/** The configured (or default) level of a request type. */
	public VerificationLevel levelFor(RequestType type) {
		for (Map.Entry<String, VerificationLevel> entry : this.levels.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(type.name())) {
				return entry.getValue();
			}
		}
		return DEFAULTS.getOrDefault(type, VerificationLevel.EMAIL_CODE);
	}

	private static Map<RequestType, VerificationLevel> defaults() {
		Map<RequestType, VerificationLevel> defaults = new EnumMap<>(RequestType.class);
		defaults.put(RequestType.ACCESS, VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
		defaults.put(RequestType.PORTABILITY, VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
		return defaults;
	}

}
