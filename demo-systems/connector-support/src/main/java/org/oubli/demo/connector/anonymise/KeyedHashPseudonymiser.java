package org.oubli.demo.connector.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code keyed-hash} technique: HMAC-SHA256 (the JDK's {@link Mac}) of a value under
 * a key kept outside the data, so the same subject gets the same pseudonym everywhere
 * (fraud records, opposition lists can still be matched) and nobody without the key can
 * reverse or recompute it. A pseudonym is still personal data for the key holder. The
 * pseudonym names its key ({@code hmac-sha256:<key id>:<digest>}) so keys can be rotated.
 * Thread-safe.
 */
public final class KeyedHashPseudonymiser {

	/** The shortest key accepted: the size of the hash. */
	public static final int MIN_KEY_BYTES = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final String keyId;

	/**
	 * A pseudonymiser with this key.
	 * @param key at least {@value #MIN_KEY_BYTES} random bytes
	 * @param keyId names the key in every pseudonym (letters, digits, dashes)
	 */
	public KeyedHashPseudonymiser(byte[] key, String keyId) {
		Objects.requireNonNull(key, "key");
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("The pseudonym key must have at least " + MIN_KEY_BYTES + " bytes");
		}
		if (keyId == null || !keyId.matches("[A-Za-z0-9-]{1,32}")) {
			throw new IllegalArgumentException("The key id must be 1 to 32 letters, digits or dashes");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
		this.keyId = keyId;
	}

	/** The pseudonym of a value, as given. */
	public String pseudonym(String value) {
		Objects.requireNonNull(value, "value");
		return "hmac-sha256:" + this.keyId + ":"
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(mac().doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The pseudonym of an email address, normalised first (trimmed, lower case) so that
	 * {@code Camille.Martin@Example.fr } and {@code camille.martin@example.fr} match.
	 */
	public String pseudonymOfEmail(String email) {
		Objects.requireNonNull(email, "email");
		return pseudonym(email.strip().toLowerCase(Locale.ROOT));
	}

	public String keyId() {
		return this.keyId;
	}

	private Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "KeyedHashPseudonymiser[" + this.keyId + "]";
	}

}
