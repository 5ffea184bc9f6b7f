package org.oubli.erasure.certificate;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificate signing key.
 *
 * @param jwk the EC P-256 key pair as a JWK (JSON with the private {@code d}), or blank
 * @param jwkFile a file holding that JWK, or blank
 * @param devKeyFile without {@code jwk} or {@code jwk-file}: where a development key is
 * generated once and kept (a warning says so at startup)
 * @param issuer written into every certificate
 */
@ConfigurationProperties("oubli.erasure.certificate")
public record CertificateProperties(String jwk, String jwkFile,
		@DefaultValue("data/erasure-certificate-dev-key.json") Path devKeyFile,
		@DefaultValue("oubli-erasure-worker") String issuer) {

}
