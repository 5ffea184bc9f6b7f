package org.oubli.export;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code oubli.export.*}: how export-worker collects, stores and hands out archives.
 *
 * @param pageSize records asked for per page
 * @param maxPageSize the largest page body accepted; a bigger one is a fault of the
 * system
 * @param maxPages per category; more means a cursor that never ends
 * @param connectTimeout per call
 * @param readTimeout per call attempt: a slower system is retried, then fails the job
 * @param baseUrls where a system's records endpoint is, by system id, overriding the
 * registry (also makes a Kafka-mode system with a records endpoint collectable)
 * @param concurrency jobs run at once
 * @param sweepInterval how often open and stalled jobs are looked for
 * @param staleAfter a collecting job that made no progress for this long (its worker
 * died) is taken up again
 * @param compressionLevel deflate level of the archive, 0-9
 * @param link the download link
 * @param purgeInterval how often expired archives are deleted
 * @param encryption the archive key
 * @param registryWait how long a job waits for the registry view to have read the
 * registry topic to its end before it stops with a reason (default 1 minute)
 */
@ConfigurationProperties("oubli.export")
public record ExportProperties(int pageSize, DataSize maxPageSize, int maxPages, Duration connectTimeout,
		Duration readTimeout, Map<String, String> baseUrls, int concurrency, Duration sweepInterval,
		Duration staleAfter, int compressionLevel, Link link, Duration purgeInterval, Encryption encryption,
		Duration registryWait) {

	public ExportProperties {
		baseUrls = (baseUrls != null) ? Map.copyOf(baseUrls) : Map.of();
		registryWait = (registryWait != null) ? registryWait : Duration.ofMinutes(1);
	}

	/**
	 * The download link.
	 *
	 * @param baseUrl where subjects reach export-worker ({@code GET
	 * /api/v1/exports/{token}})
	 * @param validFor from the archive's completion
	 * @param maxDownloads downloads allowed
	 */
	public record Link(String baseUrl, Duration validFor, int maxDownloads) {
	}

	/**
	 * The archive key.
	 *
	 * @param keyset a Tink JSON keyset holding an {@code AES256_GCM_HKDF_4KB} streaming
	 * AEAD key; empty = the development key (logged as such)
	 */
	public record Encryption(String keyset) {
	}

}
