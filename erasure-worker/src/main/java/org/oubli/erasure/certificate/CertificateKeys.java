package org.oubli.erasure.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The EC P-256 key pair certificates are signed with: from configuration (a JWK inline or
 * in a file), else a development key generated once and kept in a file, with a warning.
 */
@Component
public class CertificateKeys {

	private static final Logger log = LoggerFactory.getLogger(CertificateKeys.class);

	private final ECKey key;

	CertificateKeys(CertificateProperties properties) {
		this.key = load(properties);
		if (!this.key.isPrivate() || !Curve.P_256.equals(this.key.getCurve())) {
			throw new IllegalStateException("oubli.erasure.certificate: the key must be a private EC P-256 JWK");
		}
	}

	/** The signing key (private). */
	ECKey signingKey() {
		return this.key;
	}

	/** The public key, as published. */
	public JWKSet publicKeys() {
		return new JWKSet(this.key.toPublicJWK());
	}

	private static ECKey load(CertificateProperties properties) {
		try {
			if (properties.jwk() != null && !properties.jwk().isBlank()) {
				return ECKey.parse(properties.jwk());
			}
			if (properties.jwkFile() != null && !properties.jwkFile().isBlank()) {
				return ECKey.parse(Files.readString(Path.of(properties.jwkFile()), StandardCharsets.UTF_8));
			}
			return devKey(properties.devKeyFile());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("oubli.erasure.certificate: the key is not a valid JWK", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("oubli.erasure.certificate: cannot read or write the key file", ex);
		}
	}

	private static ECKey devKey(Path file) throws IOException, ParseException {
		log.warn(
				"Erasure certificates are signed with a DEVELOPMENT key kept in {}: "
						+ "set oubli.erasure.certificate.jwk or jwk-file (OUBLI_CERTIFICATE_JWK[_FILE]) in production",
				file);
		if (Files.exists(file)) {
			return ECKey.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		try {
			ECKey generated = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.keyID("dev-" + UUID.randomUUID())
				.generate();
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, generated.toJSONString(), StandardCharsets.UTF_8);
			return generated;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate the development certificate key", ex);
		}
	}

}
