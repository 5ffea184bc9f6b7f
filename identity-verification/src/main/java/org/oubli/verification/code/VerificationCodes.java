package org.oubli.verification.code;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes six-digit one-time codes from a {@link SecureRandom} and hashes them with BCrypt;
 * only the hash is ever stored.
 */
@Component
public class VerificationCodes {

	private static final int BOUND = 1_000_000;

	private final SecureRandom random = new SecureRandom();

	private final BCryptPasswordEncoder encoder;

	public VerificationCodes(VerificationProperties properties) {
		this.encoder = new BCryptPasswordEncoder(properties.bcryptStrength(), this.random);
	}

	/** A new code: six digits, leading zeros kept. */
	public String generate() {
		return String.format("%06d", this.random.nextInt(BOUND));
	}

	public String hash(String code) {
		return this.encoder.encode(code);
	}

	public boolean matches(String code, String hash) {
		return code != null && hash != null && this.encoder.matches(code, hash);
	}

}
