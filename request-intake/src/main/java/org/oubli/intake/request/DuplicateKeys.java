package org.oubli.intake.request;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;

/**
 * The open-case key of a subject and request type: HMAC-SHA256 of the type and the
 * normalised address, keyed with a secret held outside the database, so the key
 * collection holds no address and cannot be reversed by a dictionary of addresses.
 */
final class DuplicateKeys {

	private final SecretKeySpec key;

	DuplicateKeys(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("oubli.intake.duplicates.key must be set");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String of(RequestType type, EmailAddress email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal((type.name() + "\n" + email.value()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

}
