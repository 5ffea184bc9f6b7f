package org.oubli.export.download;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.export.archive.ArchiveStore;
import org.oubli.export.job.JobStatus;
import org.oubli.export.job.JobStore;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/exports/{token}}: the subject's archive, decrypted as it streams.
 * The token is looked up by its hash. Each download is counted in the same atomic update
 * that checks the link is still valid (not expired, not used up) and logged on the job
 * with its time only. An unknown token is a 404; an expired or used-up link a 410;
 * neither echoes the token.
 */
@RestController
class DownloadController {

	private static final Logger log = LoggerFactory.getLogger(DownloadController.class);

	private final MongoTemplate mongo;

	private final ArchiveStore store;

	private final Clock clock;

	private final MeterRegistry meters;

	DownloadController(MongoTemplate mongo, ArchiveStore store, Clock clock, MeterRegistry meters) {
		this.mongo = mongo;
		this.store = store;
		this.clock = clock;
		this.meters = meters;
	}

	@GetMapping("/api/v1/exports/{token}")
	ResponseEntity<StreamingResponseBody> download(@PathVariable String token) {
		if (!DownloadLinks.looksLikeToken(token)) {
			throw unknown();
		}
		String hash = DownloadLinks.hash(token);
		Instant now = this.clock.instant();
		Query usable = Query.query(Criteria.where("download.tokenHash")
			.is(hash)
			.and("status")
			.is(JobStatus.READY.name())
			.and("download.expiresAt")
			.gt(Date.from(now))
			.and("download.remaining")
			.gt(0));
		Document job = this.mongo.findAndModify(usable,
				new Update().inc("download.downloads", 1)
					.inc("download.remaining", -1)
					.push("download.log", new Document("at", Date.from(now))),
				FindAndModifyOptions.options().returnNew(true), Document.class, JobStore.COLLECTION);
		if (job == null) {
			throw refused(hash);
		}
		String requestId = job.getString("_id");
		String fileId = job.get("archive", Document.class).getString("fileId");
		int number = job.get("download", Document.class).getInteger("downloads");
		this.meters.counter("oubli.export.downloads", "outcome", "served").increment();
		log.info("Request {}: archive download {} started", requestId, number);
		StreamingResponseBody body = (out) -> {
			try (InputStream zip = this.store.read(fileId, requestId)) {
				zip.transferTo(out);
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("oubli-export-" + requestId + ".zip").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private ErrorResponseException refused(String hash) {
		Document known = this.mongo.findOne(Query.query(Criteria.where("download.tokenHash").is(hash)), Document.class,
				JobStore.COLLECTION);
		if (known == null) {
			this.meters.counter("oubli.export.downloads", "outcome", "unknown").increment();
			return unknown();
		}
		this.meters.counter("oubli.export.downloads", "outcome", "gone").increment();
		log.info("Request {}: download refused, link expired or used up", known.getString("_id"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
				"This download link has expired or has been used the allowed number of times. "
						+ "Ask for a new copy with the same request reference.");
		problem.setTitle("Link no longer valid");
		problem.setType(java.net.URI.create("https://oubli.org/problems/export-link-gone"));
		return new ErrorResponseException(HttpStatus.GONE, problem, null);
	}

	private static ErrorResponseException unknown() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such download link");
		problem.setTitle("Not Found");
		problem.setType(java.net.URI.create("https://oubli.org/problems/not-found"));
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
