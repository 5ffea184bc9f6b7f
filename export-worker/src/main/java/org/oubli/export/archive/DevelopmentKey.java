package org.oubli.export.archive;

/**
 * The archive key of the dev stack and tests, public in this repository: archives
 * encrypted with it are not protected. Any other deployment sets
 * {@code oubli.export.encryption.keyset} ({@code OUBLI_EXPORT_KEYSET}); a new keyset:
 * {@code java -cp <export-worker classpath> org.oubli.export.archive.ArchiveCipher}.
 */
final class DevelopmentKey {

	static final String KEYSET = "{\"primaryKeyId\":1466352506,\"key\":[{\"keyData\":{\"typeUrl\":"
			+ "\"type.googleapis.com/google.crypto.tink.AesGcmHkdfStreamingKey\",\"value\":"
			+ "\"EgcIgCAQIBgDGiAJlRpfyuF3ZEuEaS+0+X3onxmgukxI5hrjvcWqOTnCpg==\",\"keyMaterialType\":\"SYMMETRIC\"},"
			+ "\"status\":\"ENABLED\",\"keyId\":1466352506,\"outputPrefixType\":\"RAW\"}]}";

	private DevelopmentKey() {
	}

}
