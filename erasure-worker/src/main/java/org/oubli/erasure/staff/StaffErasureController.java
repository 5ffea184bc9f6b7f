package org.oubli.erasure.staff;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.erasure.certificate.CertificateIssuer;
import org.oubli.erasure.job.DispatchProperties;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.JobStatus;
import org.oubli.erasure.job.StaffAction;
import org.oubli.erasure.receipt.ReceiptValidator;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.security.StaffActors;
import org.oubli.kit.web.ConflictException;
import org.oubli.kit.web.InvalidInputException;
import org.oubli.kit.web.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff actions on erasure jobs. Answers problem details (RFC 9457) for unknown ids
 * (404), actions the task's state does not allow (409) and outcomes that contradict the
 * instruction (400, naming registry categories only). Authentication is the kit's staff
 * security (HTTP Basic); who acted is the account or the member of staff a trusted
 * console acts for ({@link StaffActors}). An applied retry or completion goes on the
 * audit trail ({@code task.retried}, {@code task.completed} with the SHA-256 of the
 * evidence, which is staff's free text); a refused one does not.
 */
@RestController
@RequestMapping("/staff/api/v1/erasures/{requestId}")
class StaffErasureController {

	private static final Logger log = LoggerFactory.getLogger(StaffErasureController.class);

	private static final Pattern SYSTEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private static final int MAX_EVIDENCE = 2000;

	private final ErasureJobs jobs;

	private final CertificateIssuer certificates;

	private final DispatchProperties dispatch;

	private final AuditTrail audit;

	private final StaffActors actors;

	StaffErasureController(ErasureJobs jobs, CertificateIssuer certificates, DispatchProperties dispatch,
			AuditTrail audit, StaffActors actors) {
		this.jobs = jobs;
		this.certificates = certificates;
		this.dispatch = dispatch;
		this.audit = audit;
		this.actors = actors;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ErasureView view(@PathVariable String requestId) {
		return ErasureView.of(job(requestId), this.dispatch.escalateAfter());
	}

	@PostMapping(path = "/tasks/{systemId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ErasureView complete(@PathVariable String requestId, @PathVariable String systemId,
			@RequestBody StaffCompletion completion, Principal staff, HttpServletRequest request) {
		String actor = this.actors.actorOf(staff, request);
		ErasureJob job = job(requestId);
		checkSystem(job, systemId);
		if (completion == null || completion.evidence() == null || completion.evidence().isBlank()) {
			throw new InvalidInputException("evidence", "evidence is required");
		}
		if (completion.evidence().length() > MAX_EVIDENCE) {
			throw new InvalidInputException("evidence", "evidence is longer than " + MAX_EVIDENCE + " characters");
		}
		ErasureInstruction instruction = job.instructionFor(systemId);
		ErasureReceipt receipt = new ErasureReceipt(requestId, systemId, instruction.idempotencyKey(),
				java.time.Instant.now(), (completion.outcomes() != null) ? completion.outcomes() : List.of());
		List<String> problems = ReceiptValidator.problemsOf(instruction, receipt);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("outcomes", String.join("; ", problems));
		}
		String evidence = completion.evidence().strip();
		StaffAction action = this.jobs.completeByStaff(requestId, receipt, evidence, actor);
		refuseUnless(action, systemId);
		this.audit.append(actor, "task.completed", requestId,
				Map.of("systemId", systemId, "evidenceSha256", AuditTrail.sha256(evidence)));
		log.info("Staff recorded the outcome of {} for request {}", systemId, requestId);
		return view(requestId);
	}

	@PostMapping(path = "/tasks/{systemId}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
	ErasureView retry(@PathVariable String requestId, @PathVariable String systemId, Principal staff,
			HttpServletRequest request) {
		String actor = this.actors.actorOf(staff, request);
		checkSystem(job(requestId), systemId);
		refuseUnless(this.jobs.retryByStaff(requestId, systemId, actor), systemId);
		this.audit.append(actor, "task.retried", requestId, Map.of("systemId", systemId));
		log.info("Staff sent {} again for request {}", systemId, requestId);
		return view(requestId);
	}

	@GetMapping(path = "/certificate", produces = "application/jose")
	ResponseEntity<String> certificate(@PathVariable String requestId) {
		ErasureJob job = job(requestId);
		if (job.status() != JobStatus.COMPLETED) {
			throw new ConflictException("erasure-not-completed",
					"The erasure is " + job.status() + "; its certificate is issued once it is COMPLETED");
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"erasure-certificate-" + requestId + ".jws\"")
			.contentType(MediaType.parseMediaType("application/jose"))
			.body(this.certificates.certificateOf(job));
	}

	private ErasureJob job(String requestId) {
		try {
			UUID.fromString(requestId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("requestId", "must be a UUID");
		}
		return this.jobs.find(requestId).orElseThrow(() -> new NotFoundException("Erasure of request", requestId));
	}

	private static void checkSystem(ErasureJob job, String systemId) {
		if (!SYSTEM_ID.matcher(systemId).matches() || job.task(systemId).isEmpty()) {
			throw new NotFoundException("System in the plan of request", job.requestId());
		}
	}

	private static void refuseUnless(StaffAction action, String systemId) {
		switch (action) {
			case APPLIED -> {
			}
			case ALREADY_DONE -> throw new ConflictException("task-done", "The task of " + systemId + " is done");
			case NOT_STAFF_TASK -> throw new ConflictException("task-not-staff", "The task of " + systemId
					+ " is being worked on by the system itself; retry it or wait until it fails");
			case VERIFYING -> throw new ConflictException("erasure-verifying", "The erasure is being verified");
			case CANCELLED -> throw new ConflictException("erasure-cancelled",
					"The request was cancelled or refused: its erasure stopped");
		}
	}

}
