package org.oubli.export.job;

import java.security.Principal;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;

import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff view of an export job, without the subject's data, and the retry of a stopped
 * one: {@code GET /staff/api/v1/exports/{requestId}}, {@code POST
 * /staff/api/v1/exports/{requestId}/retry}. A retry goes on the audit trail
 * ({@value #RETRIED}, who: the account or the member of staff a trusted console acts
 * for); a refused one does not.
 */
@RestController
class StaffExportController {

	/** A job as staff see it. */
	record JobView(String requestId, String type, String status, String reason, List<Failure> failures,
			Integer downloads, Integer maxDownloads, Date expiresAt, Long records) {
	}

	/** One stopped attempt. */
	record Failure(Date at, Integer attempt, String systemId, String reason) {
	}

	/** The audit action of a retry. */
	static final String RETRIED = "task.retried";

	private final JobStore jobs;

	private final ExportRunner runner;

	private final AuditTrail audit;

	private final StaffActors actors;

	StaffExportController(JobStore jobs, ExportRunner runner, AuditTrail audit, StaffActors actors) {
		this.jobs = jobs;
		this.runner = runner;
		this.audit = audit;
		this.actors = actors;
	}

	@GetMapping("/staff/api/v1/exports/{requestId}")
	JobView job(@PathVariable String requestId) {
		Document job = this.jobs.find(requestId).orElseThrow(() -> new NotFoundException("Export job", requestId));
		Document download = job.get("download", Document.class);
		Document archive = job.get("archive", Document.class);
		List<Failure> failures = job.getList("failures", Document.class, List.of())
			.stream()
			.map((f) -> new Failure(f.getDate("at"), f.getInteger("attempt"), f.getString("systemId"),
					f.getString("reason")))
			.toList();
		return new JobView(job.getString("_id"), job.getString("type"), job.getString("status"),
				job.getString("reason"), failures, (download != null) ? download.getInteger("downloads") : null,
				(download != null) ? download.getInteger("maxDownloads") : null,
				(download != null) ? download.getDate("expiresAt") : null,
				(archive != null) ? archive.getLong("records") : null);
	}

	@PostMapping("/staff/api/v1/exports/{requestId}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void retry(@PathVariable String requestId, Principal staff, HttpServletRequest request) {
		String actor = this.actors.actorOf(staff, request);
		if (this.jobs.find(requestId).isEmpty()) {
			throw new NotFoundException("Export job", requestId);
		}
		if (!this.jobs.reopen(requestId)) {
			throw new ConflictException("export-not-stopped", "Only an export job that needs attention can be retried");
		}
		this.audit.append(actor, RETRIED, requestId, Map.of("job", "export"));
		this.runner.submit(requestId);
	}

}
