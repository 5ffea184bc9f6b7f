package org.oubli.export.archive;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.export.ExportProperties;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Archives in the GridFS bucket {@code export-archives}, encrypted on their way in and
 * decrypted on their way out, both as streams. GridFS only ever sees ciphertext.
 */
@Component
public class ArchiveStore {

	static final String BUCKET = "export-archives";

	private static final Logger log = LoggerFactory.getLogger(ArchiveStore.class);

	private final GridFSBucket bucket;

	private final ArchiveCipher cipher;

	public ArchiveStore(MongoTemplate mongo, ExportProperties properties) {
		this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
		String keyset = (properties.encryption() != null) ? properties.encryption().keyset() : null;
		if (keyset == null || keyset.isBlank()) {
			log.warn("Export archives are encrypted with the DEVELOPMENT key: set oubli.export.encryption.keyset "
					+ "(OUBLI_EXPORT_KEYSET) to a Tink keyset of your own outside development");
			keyset = DevelopmentKey.KEYSET;
		}
		this.cipher = ArchiveCipher.ofKeyset(keyset);
	}

	/**
	 * Starts storing an archive.
	 * @param requestId its request (the file name, and the associated data of the cipher)
	 * @return the upload: write, then {@link Upload#commit()} or {@link Upload#abort()}
	 */
	public Upload open(String requestId) {
		GridFSUploadStream upload = this.bucket
			.openUploadStream("export-" + requestId + ".zip.enc", new GridFSUploadOptions().metadata(
					new Document("requestId", requestId).append("cipher", "tink-streaming-aead-AES256_GCM_HKDF_4KB")));
		return new Upload(upload, this.cipher.encrypting(upload, aad(requestId)));
	}

	/**
	 * The archive, decrypted as it is read.
	 * @param fileId the stored file
	 * @param requestId its request
	 * @return the ZIP bytes
	 */
	public InputStream read(String fileId, String requestId) {
		return this.cipher.decrypting(this.bucket.openDownloadStream(new ObjectId(fileId)), aad(requestId));
	}

	/** The stored bytes as they are (tests: they are not a ZIP). */
	public InputStream readStored(String fileId) {
		return this.bucket.openDownloadStream(new ObjectId(fileId));
	}

	public void delete(String fileId) {
		try {
			this.bucket.delete(new ObjectId(fileId));
		}
		catch (com.mongodb.MongoGridFSException ex) {
			log.debug("Archive file {} was already gone", fileId);
		}
	}

	private static byte[] aad(String requestId) {
		return ("oubli-export:" + requestId).getBytes(StandardCharsets.UTF_8);
	}

	/** An archive being stored. */
	public static final class Upload {

		private final GridFSUploadStream upload;

		private final OutputStream plaintext;

		Upload(GridFSUploadStream upload, OutputStream plaintext) {
			this.upload = upload;
			this.plaintext = plaintext;
		}

		/** Where the archive's bytes go; closing it stores the file. */
		public OutputStream stream() {
			return this.plaintext;
		}

		public String fileId() {
			return this.upload.getObjectId().toHexString();
		}

		/** Drops what was written: no file remains. */
		public void abort() {
			try {
				this.upload.abort();
			}
			catch (RuntimeException ex) {
				log.warn("Could not abort the upload of archive {}: {}", fileId(), ex.getClass().getSimpleName());
			}
		}

	}

}
