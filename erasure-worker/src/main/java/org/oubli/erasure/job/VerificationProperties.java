package org.oubli.erasure.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Post-erasure verification: once every system answered, each http system is asked what
 * it still holds about the subject ({@code POST /dsar/v1/records}) before the job
 * completes.
 *
 * @param enabled when off, the job completes with the last receipt
 * @param limit at most this many records are asked for per category (only the count is
 * kept)
 */
@ConfigurationProperties("oubli.erasure.verification")
public record VerificationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") int limit) {

	public VerificationProperties {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("oubli.erasure.verification.limit must be between 1 and 100");
		}
	}

}
