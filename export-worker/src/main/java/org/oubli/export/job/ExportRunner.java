package org.oubli.export.job;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportCompleted;
import org.oubli.contracts.events.ExportFailed;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.contracts.subject.Subject;
import org.oubli.export.ExportProperties;
import org.oubli.export.archive.ArchiveRequest;
import org.oubli.export.archive.ArchiveStore;
import org.oubli.export.archive.ArchiveWriter;
import org.oubli.export.collect.CollectionFailedException;
import org.oubli.export.download.DownloadLinks;
import org.oubli.export.registry.RegistryUnavailableException;
import org.oubli.export.registry.SystemCatalog;
import org.oubli.kit.outbox.OutboxRelay;
import org.oubli.kit.secrets.SecretSeal;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs export jobs on a small pool ({@code oubli.export.concurrency}), each as one
 * attempt that claims the job, reads the registry, streams the archive into GridFS and,
 * only when every system answered every page, marks the job {@code READY} with its link
 * ({@code ExportReady}, {@code ExportCompleted}). Any failure aborts the upload (nothing
 * stored) and stops the job at {@code NEEDS_ATTENTION} with the reason
 * ({@code ExportFailed}; request-intake raises {@code RequestNeedsAttention}).
 * <p>
 * Collected over HTTP: enabled systems in {@code HTTP} mode, and any other with a base
 * URL in {@code oubli.export.base-urls} (a Kafka system that serves
 * {@code POST /dsar/v1/records}). The other enabled systems (manual, processors, Kafka
 * without records endpoint) are named in the summary as asked separately.
 */
@Component
class ExportRunner implements DisposableBean {

	static final String SOURCE = "export-worker";

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(10);

	private final JobStore jobs;

	private final SystemCatalog catalog;

	private final ArchiveWriter writer;

	private final ArchiveStore store;

	private final DownloadLinks links;

	private final SecretSeal seal;

	private final ExportProperties properties;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ExecutorService pool;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	ExportRunner(JobStore jobs, SystemCatalog catalog, ArchiveWriter writer, ArchiveStore store, DownloadLinks links,
			SecretSeal seal, ExportProperties properties, OutboxRelay relay, Clock clock, MeterRegistry meters) {
		this.jobs = jobs;
		this.catalog = catalog;
		this.writer = writer;
		this.store = store;
		this.links = links;
		this.seal = seal;
		this.properties = properties;
		this.relay = relay;
		this.clock = clock;
		this.meters = meters;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(Math.max(1, properties.concurrency()), (task) -> {
			Thread thread = new Thread(task, "export-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs the job soon, unless this process runs it already. */
	void submit(String requestId) {
		if (this.running.add(requestId)) {
			try {
				this.pool.execute(() -> {
					try {
						run(requestId);
					}
					finally {
						this.running.remove(requestId);
					}
				});
			}
			catch (RuntimeException ex) {
				this.running.remove(requestId);
				log.warn("Export of request {} not started now ({}); the sweep takes it up", requestId,
						ex.getClass().getSimpleName());
			}
		}
	}

	void run(String requestId) {
		Optional<Document> claimed = this.jobs.claim(requestId, this.clock.instant(), this.properties.staleAfter());
		if (claimed.isEmpty()) {
			return;
		}
		Document job = claimed.get();
		int attempt = job.getInteger("attempt");
		RequestType type = RequestType.valueOf(job.getString("type"));
		log.info("Request {}: export attempt {} started", requestId, attempt);
		try {
			export(requestId, attempt, type, JobSubject.of(job));
		}
		catch (CollectionFailedException ex) {
			fail(requestId, attempt, ex.systemId(), "system " + ex.systemId() + ": " + ex.getMessage(), ex.attempts());
		}
		catch (RegistryUnavailableException ex) {
			fail(requestId, attempt, null, ex.getMessage(), 0);
		}
		catch (RuntimeException ex) {
			log.error("Request {}: export attempt {} failed", requestId, attempt, ex);
			fail(requestId, attempt, null, "export failed: " + ex.getClass().getSimpleName(), 0);
		}
	}

	private void export(String requestId, int attempt, RequestType type, Subject subject) {
		List<ArchiveRequest.CollectedSystem> collected = new ArrayList<>();
		List<SystemDescriptor> separately = new ArrayList<>();
		for (SystemDescriptor system : this.catalog.systems()) {
			if (!system.enabled()) {
				continue;
			}
			Optional<URI> baseUrl = recordsUrlOf(system);
			if (baseUrl.isPresent()) {
				collected.add(new ArchiveRequest.CollectedSystem(system, baseUrl.get()));
			}
			else {
				separately.add(system);
			}
		}
		if (collected.isEmpty() && separately.isEmpty()) {
			throw new RegistryUnavailableException("the registry lists no enabled system", null);
		}
		Instant started = this.clock.instant();
		ArchiveRequest request = new ArchiveRequest(requestId, type, subject, collected, separately, started);
		ArchiveStore.Upload upload = this.store.open(requestId);
		ArchiveWriter.Written written;
		Heartbeat heartbeat = new Heartbeat(requestId, attempt);
		try {
			written = this.writer.write(request, upload.stream(), heartbeat);
		}
		catch (RuntimeException ex) {
			upload.abort();
			throw ex;
		}
		Instant now = this.clock.instant();
		String token = this.links.newToken();
		Instant expiresAt = now.plus(this.properties.link().validFor());
		int maxDownloads = this.properties.link().maxDownloads();
		Document archive = new Document("fileId", upload.fileId()).append("records", written.records())
			.append("files", written.files().size());
		Document download = new Document("tokenHash", DownloadLinks.hash(token))
			.append("expiresAt", Date.from(expiresAt))
			.append("maxDownloads", maxDownloads)
			.append("downloads", 0)
			.append("remaining", maxDownloads);
		List<EventEnvelope> events = List.of(
				EventEnvelope.wrap(new ExportReady(requestId, type, subject, this.seal.seal(this.links.linkOf(token)),
						expiresAt, maxDownloads), null, SOURCE, now),
				EventEnvelope.wrap(
						new ExportCompleted(requestId, type,
								collected.stream().map((system) -> system.descriptor().id()).toList(),
								separately.stream().map(SystemDescriptor::id).toList(), written.records(), now),
						null, SOURCE, now));
		if (!this.jobs.ready(requestId, attempt, archive, download, now, events)) {
			log.warn("Request {}: export attempt {} lost its job to another worker; its archive is deleted", requestId,
					attempt);
			this.store.delete(upload.fileId());
			return;
		}
		this.relay.wakeUp();
		this.meters.counter("oubli.export.jobs", "outcome", "ready", "type", type.name()).increment();
		log.info("Request {}: archive ready ({} records, {} files, {} ms)", requestId, written.records(),
				written.files().size(), Duration.between(started, now).toMillis());
	}

	private Optional<URI> recordsUrlOf(SystemDescriptor system) {
		String configured = this.properties.baseUrls().get(system.id());
		if (configured != null && !configured.isBlank()) {
			return Optional.of(URI.create(configured));
		}
		if (system.mode() == IntegrationMode.HTTP && system.baseUrl() != null && !system.baseUrl().isBlank()) {
			return Optional.of(URI.create(system.baseUrl()));
		}
		return Optional.empty();
	}

	private void fail(String requestId, int attempt, String systemId, String reason, int calls) {
		Instant now = this.clock.instant();
		Document failure = new Document("at", Date.from(now)).append("attempt", attempt)
			.append("systemId", systemId)
			.append("reason", reason)
			.append("calls", calls);
		EventEnvelope failed = EventEnvelope.wrap(new ExportFailed(requestId, systemId, reason, calls, now), null,
				SOURCE, now);
		if (this.jobs.needsAttention(requestId, attempt, failure, List.of(failed))) {
			this.relay.wakeUp();
			this.meters.counter("oubli.export.jobs", "outcome", "needs-attention", "type", "any").increment();
			log.warn("Request {}: export attempt {} stopped for a person: {}", requestId, attempt, reason);
		}
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

	/** Keeps the job's lease alive while pages come in, at most every few seconds. */
	private final class Heartbeat implements Runnable {

		private final String requestId;

		private final int attempt;

		private Instant last;

		Heartbeat(String requestId, int attempt) {
			this.requestId = requestId;
			this.attempt = attempt;
			this.last = ExportRunner.this.clock.instant();
		}

		@Override
		public void run() {
			Instant now = ExportRunner.this.clock.instant();
			if (Duration.between(this.last, now).compareTo(HEARTBEAT_EVERY) >= 0) {
				ExportRunner.this.jobs.heartbeat(this.requestId, this.attempt, now);
				this.last = now;
			}
		}

	}

}
