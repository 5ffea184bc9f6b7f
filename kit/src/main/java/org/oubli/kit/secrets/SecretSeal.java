package org.oubli.kit.secrets;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Seals a short secret (a verification code) for the services that hold the key:
 * AES-256-GCM with a random nonce per value and a key derived from a password (Spring
 * Security Crypto's {@code Encryptors.delux}). A sealed value that was tampered with, or
 * sealed with another key, does not open.
 */
public final class SecretSeal {

	/** Development password: the dev stack and tests only. */
	public static final String DEV_PASSWORD = "oubli-dev-only-seal-password";

	/** Development salt, hex. */
	public static final String DEV_SALT = "5c0ffee5deadbeef";

	private final TextEncryptor encryptor;

	public SecretSeal(String password, String hexSalt) {
		this.encryptor = Encryptors.delux(password, hexSalt);
	}

	/** The seal of the dev stack and tests. */
	public static SecretSeal forDevelopment() {
		return new SecretSeal(DEV_PASSWORD, DEV_SALT);
	}

	public String seal(String secret) {
		return this.encryptor.encrypt(secret);
	}

	/**
	 * Opens a sealed value.
	 * @param sealed what {@link #seal(String)} returned
	 * @return the secret
	 * @throws IllegalArgumentException if the value was not sealed with this key or was
	 * altered
	 */
	public String open(String sealed) {
		try {
			return this.encryptor.decrypt(sealed);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The sealed value cannot be opened with this key");
		}
	}

}
