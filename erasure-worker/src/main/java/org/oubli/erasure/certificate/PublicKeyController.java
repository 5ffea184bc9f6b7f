package org.oubli.erasure.certificate;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public key erasure certificates are signed with, as a JWK set (RFC 7517): anyone
 * holding a certificate can check it, offline, with {@link CertificateVerifier}.
 */
@RestController
class PublicKeyController {

	private final CertificateKeys keys;

	PublicKeyController(CertificateKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/api/v1/certificates/public-key", produces = "application/jwk-set+json")
	Map<String, Object> publicKey() {
		return this.keys.publicKeys().toJSONObject(true);
	}

}
