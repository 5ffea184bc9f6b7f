package org.oubli.export.archive;

/**
 * One file of an archive, as the manifest lists it.
 *
 * @param path its path in the ZIP
 * @param sha256 the SHA-256 of its bytes, hex
 * @param bytes its size
 * @param records the records it holds, for data files
 */
public record ManifestEntry(String path, String sha256, long bytes, Long records) {
}
