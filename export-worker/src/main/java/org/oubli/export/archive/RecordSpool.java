package org.oubli.export.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The records of one category, one JSON object per line, in a temporary file encrypted
 * with a key that lives only in memory for this spool: the CSV needs every column before
 * its first row, so records are written once while they arrive and read back for the JSON
 * and CSV entries. Nothing in clear touches the disk.
 */
final class RecordSpool implements AutoCloseable {

	private static final byte[] AAD = "oubli-export-spool".getBytes(StandardCharsets.UTF_8);

	private final ArchiveCipher cipher = ArchiveCipher.ephemeral();

	private final Path file;

	private Writer writer;

	RecordSpool() {
		try {
			this.file = Files.createTempFile("oubli-export-", ".spool");
			this.writer = new BufferedWriter(new OutputStreamWriter(
					this.cipher.encrypting(Files.newOutputStream(this.file), AAD), StandardCharsets.UTF_8), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void append(String jsonLine) throws IOException {
		this.writer.write(jsonLine);
		this.writer.write('\n');
	}

	/** Ends writing; the spool can then be read any number of times. */
	void finish() throws IOException {
		this.writer.close();
		this.writer = null;
	}

	BufferedReader read() {
		return new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8), 1 << 16);
	}

	private java.io.InputStream open() {
		try {
			return this.cipher.decrypting(Files.newInputStream(this.file), AAD);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			if (this.writer != null) {
				this.writer.close();
			}
		}
		catch (IOException ex) {
			// the file goes anyway
		}
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
