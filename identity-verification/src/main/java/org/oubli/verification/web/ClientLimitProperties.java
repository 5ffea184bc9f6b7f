package org.oubli.verification.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client limit on verification submissions (codes, data points, new codes, the
 * page's forms), the client being the caller's IP address, kept only as a keyed hash in
 * memory.
 *
 * @param limitForPeriod submissions one client may make per period
 * @param period the refresh period of the limit
 * @param maxClients how many clients are remembered (least recently seen forgotten)
 */
@ConfigurationProperties("oubli.verification.client-limit")
public record ClientLimitProperties(@DefaultValue("30") int limitForPeriod, @DefaultValue("10m") Duration period,
		@DefaultValue("100000") int maxClients) {

	public ClientLimitProperties {
		if (limitForPeriod < 1 || maxClients < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("oubli.verification.client-limit: limits must be positive");
		}
	}

}
