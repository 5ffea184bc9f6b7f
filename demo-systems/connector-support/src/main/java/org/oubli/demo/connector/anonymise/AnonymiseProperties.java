package org.oubli.demo.connector.anonymise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys of the anonymisation techniques that need one.
 *
 * @param pseudonymKey the keyed-hash key, Base64, at least 32 bytes once decoded; keep it
 * outside the database it protects (environment, secret store)
 * @param pseudonymKeyId names the key in every pseudonym, so keys can be rotated
 */
@ConfigurationProperties("oubli.demo.anonymise")
public record AnonymiseProperties(String pseudonymKey, @DefaultValue("k1") String pseudonymKeyId) {

	@Override
	public String toString() {
		return "AnonymiseProperties[pseudonymKeyId=" + this.pseudonymKeyId + ", pseudonymKey=redacted]";
	}

}
