package org.oubli.verification.code;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verification settings.
 *
 * @param codeTtl how long an issued code works
 * @param maxAttempts how many codes may be submitted before the request is locked
 * @param bcryptStrength the BCrypt cost factor of stored code hashes (4-31)
 * @param expirySweepInterval the pause between two sweeps for codes that expired unused
 * (read by {@code @Scheduled} through its property name)
 */
@ConfigurationProperties("oubli.verification")
public record VerificationProperties(@DefaultValue("30m") Duration codeTtl, @DefaultValue("5") int maxAttempts,
		@DefaultValue("10") int bcryptStrength, @DefaultValue("1m") Duration expirySweepInterval) {

	public VerificationProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("oubli.verification.max-attempts must be at least 1");
		}
		if (codeTtl.isNegative() || codeTtl.isZero()) {
			throw new IllegalArgumentException("oubli.verification.code-ttl must be positive");
		}
		if (expirySweepInterval.isNegative() || expirySweepInterval.isZero()) {
			throw new IllegalArgumentException("oubli.verification.expiry-sweep-interval must be positive");
		}
	}

}
