package org.oubli.export.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one archive entry on their way into the ZIP: counted and digested
 * (SHA-256). Closing it leaves the ZIP open.
 */
final class EntryOutput extends OutputStream {

	private final OutputStream zip;

	private final MessageDigest digest;

	private long bytes;

	EntryOutput(OutputStream zip) {
		this.zip = zip;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void write(int b) throws IOException {
		this.zip.write(b);
		this.digest.update((byte) b);
		this.bytes++;
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		this.zip.write(b, off, len);
		this.digest.update(b, off, len);
		this.bytes += len;
	}

	@Override
	public void close() {
		// the ZIP stays open for the next entry
	}

	long bytes() {
		return this.bytes;
	}

	String sha256() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
