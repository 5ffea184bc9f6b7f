package org.oubli.demo.connector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.kit.events.OubliJson;

/**
 * A SHA-256 digest of an instruction's wire form: tells a repeat of an instruction from a
 * different instruction sent under the same idempotency key.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(ErasureInstruction instruction) {
		byte[] json = OubliJson.mapper().writeValueAsString(instruction).getBytes(StandardCharsets.UTF_8);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
