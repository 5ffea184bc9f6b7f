package org.oubli.erasure.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Checks an erasure certificate offline against the published public key (JWK set), with
 * nothing but this class and nimbus-jose-jwt on the class path:
 *
 * <pre>
 * curl -s -u staff-agent:dev-agent-password localhost:8083/staff/api/v1/erasures/$ID/certificate > cert.jws
 * curl -s localhost:8083/api/v1/certificates/public-key > keys.json
 * ./mvnw -q -pl erasure-worker exec:java \
 *     -Dexec.mainClass=org.oubli.erasure.certificate.CertificateVerifier -Dexec.args="cert.jws keys.json"
 * </pre>
 *
 * Prints the certificate and exits 0 when the signature holds; prints why and exits 1
 * otherwise. The key set may also be given as an http(s) URL.
 */
public final class CertificateVerifier {

	private CertificateVerifier() {
	}

	/**
	 * The certificate's JSON if it is an ES256 JWS signed by a key of the set (matched by
	 * {@code kid}), else empty.
	 */
	public static Optional<String> verify(String compactJws, JWKSet keys) {
		try {
			JWSObject jws = JWSObject.parse(compactJws.strip());
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
				return Optional.empty();
			}
			JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
			if (!(key instanceof ECKey ec) || !jws.verify(new ECDSAVerifier(ec.toECPublicKey()))) {
				return Optional.empty();
			}
			return Optional.of(jws.getPayload().toString());
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	public static void main(String[] args) throws IOException, ParseException {
		PrintStream out = System.out;
		if (args.length != 2) {
			out.println("usage: CertificateVerifier <certificate.jws> <public-keys.json | http(s) URL>");
			System.exit(2);
		}
		String jws = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		JWKSet keys = JWKSet.parse(readKeys(args[1]));
		Optional<String> certificate = verify(jws, keys);
		if (certificate.isEmpty()) {
			out.println("INVALID: the signature does not match any published key, or the certificate was altered");
			System.exit(1);
		}
		out.println("VALID erasure certificate:");
		out.println(certificate.get());
	}

	private static String readKeys(String where) throws IOException {
		if (where.startsWith("http://") || where.startsWith("https://")) {
			try (InputStream in = URI.create(where).toURL().openStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return Files.readString(Path.of(where), StandardCharsets.UTF_8);
	}

}
