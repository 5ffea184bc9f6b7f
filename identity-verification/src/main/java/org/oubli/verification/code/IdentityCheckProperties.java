package org.oubli.verification.code;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where data points are confirmed.
 *
 * @param url the identity-check endpoint of the profiles system
 * @param timeout connect and read timeout of one check
 */
@ConfigurationProperties("oubli.verification.identity-check")
public record IdentityCheckProperties(@DefaultValue("http://localhost:8091/dsar/v1/identity-checks") URI url,
		@DefaultValue("5s") Duration timeout) {

}
