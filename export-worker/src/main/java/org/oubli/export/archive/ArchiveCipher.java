package org.oubli.export.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * Google Tink's streaming AEAD ({@code AES256_GCM_HKDF_4KB}): encrypts and decrypts
 * streams segment by segment, so an archive of any size passes through a few kilobytes of
 * memory, and any altered or truncated byte fails decryption. The request id is the
 * associated data: an archive cannot be served for another request.
 */
public final class ArchiveCipher {

	static {
		try {
			StreamingAeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink streaming AEAD unavailable", ex);
		}
	}

	private final StreamingAead aead;

	private ArchiveCipher(KeysetHandle keyset) {
		try {
			this.aead = keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("The keyset holds no streaming AEAD key", ex);
		}
	}

	/**
	 * The cipher of a Tink JSON keyset.
	 * @param json the keyset (cleartext JSON: keep it in a secret store)
	 * @return the cipher
	 */
	public static ArchiveCipher ofKeyset(String json) {
		try {
			return new ArchiveCipher(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("oubli.export.encryption.keyset is not a Tink JSON keyset");
		}
	}

	/** A cipher with a fresh random key that lives only in memory (temporary files). */
	public static ArchiveCipher ephemeral() {
		try {
			return new ArchiveCipher(KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate a streaming AEAD key", ex);
		}
	}

	/** A new keyset as JSON, to configure {@code oubli.export.encryption.keyset}. */
	public static String newKeysetJson() {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(
					KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB),
					InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate a streaming AEAD key", ex);
		}
	}

	public OutputStream encrypting(OutputStream ciphertext, byte[] associatedData) {
		try {
			return this.aead.newEncryptingStream(ciphertext, associatedData);
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot start encrypting", ex);
		}
	}

	public InputStream decrypting(InputStream ciphertext, byte[] associatedData) {
		try {
			return this.aead.newDecryptingStream(ciphertext, associatedData);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot start decrypting", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prints a new keyset: {@code java -cp ... org.oubli.export.archive.ArchiveCipher}.
	 */
	public static void main(String[] args) {
		System.out.println(newKeysetJson());
	}

}
