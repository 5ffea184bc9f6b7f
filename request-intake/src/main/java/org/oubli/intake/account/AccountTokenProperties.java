package org.oubli.intake.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform's account-request tokens are checked.
 *
 * @param publicKey the platform's public key, as a JWK (JSON, EC P-256 for ES256 or RSA
 * for RS256) or PEM ({@code -----BEGIN PUBLIC KEY-----}); unset: every token is refused
 * @param issuer the {@code iss} the tokens must carry
 * @param audience the {@code aud} the tokens must carry (Oubli intake)
 */
@ConfigurationProperties("oubli.intake.account-tokens")
public record AccountTokenProperties(String publicKey, String issuer, String audience) {

}
