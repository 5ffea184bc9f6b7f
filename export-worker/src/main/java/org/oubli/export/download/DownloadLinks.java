package org.oubli.export.download;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.oubli.export.ExportProperties;

import org.springframework.stereotype.Component;

/**
 * Download tokens: 256 random bits, base64url, shown once in the link and stored only as
 * their SHA-256 (a token that random needs no slow hash).
 */
@Component
public class DownloadLinks {

	private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

	private final SecureRandom random = new SecureRandom();

	private final String baseUrl;

	public DownloadLinks(ExportProperties properties) {
		String base = properties.link().baseUrl();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** A new random token. */
	public String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The link carrying a token. */
	public String linkOf(String token) {
		return this.baseUrl + "/api/v1/exports/" + token;
	}

	public static boolean looksLikeToken(String candidate) {
		return candidate != null && SHAPE.matcher(candidate).matches();
	}

	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
