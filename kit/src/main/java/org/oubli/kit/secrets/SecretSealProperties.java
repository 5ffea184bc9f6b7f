package org.oubli.kit.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key of the secret seal, shared by the services that seal and open secrets (identity
 * verification and notification). Set {@code OUBLI_SECRETS_PASSWORD} and
 * {@code OUBLI_SECRETS_SALT} in every real deployment; the defaults are for the dev stack
 * and tests only, and a service using them says so at start.
 *
 * @param password the password the AES key is derived from
 * @param salt the key derivation salt, hex-encoded (at least 8 bytes)
 */
@ConfigurationProperties("oubli.secrets")
public record SecretSealProperties(@DefaultValue(SecretSeal.DEV_PASSWORD) String password,
		@DefaultValue(SecretSeal.DEV_SALT) String salt) {

	public boolean usesDevelopmentKey() {
		return SecretSeal.DEV_PASSWORD.equals(this.password);
	}

}
