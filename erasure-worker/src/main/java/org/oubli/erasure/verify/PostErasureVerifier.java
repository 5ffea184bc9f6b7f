package org.oubli.erasure.verify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.erasure.connector.RecordsConnector;
import org.oubli.erasure.connector.RecordsOutcome;
import org.oubli.erasure.job.DispatchProperties;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskVerification;
import org.oubli.erasure.job.VerificationDue;
import org.oubli.erasure.job.VerificationProperties;
import org.oubli.erasure.registry.IntegrationMode;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks every http system of a job whose systems all answered what it still holds about
 * the subject: per category that was to be erased or anonymised, one
 * {@code POST /dsar/v1/records} with a small limit. Anything returned there fails that
 * system's task with the categories and counts (never the records). A system without the
 * endpoint (404, 405, 501), and any system not reached over http, is recorded as <em>not
 * verifiable</em>, which the certificate shows. A system that fails to answer leaves the
 * verification due: the sweep tries again after
 * {@code oubli.erasure.dispatch.redispatch-after}, and once the job's earliest escalation
 * time has passed it is recorded as not verifiable with the last error.
 */
@Component
class PostErasureVerifier {

	private static final Logger log = LoggerFactory.getLogger(PostErasureVerifier.class);

	private final ErasureJobs jobs;

	private final RecordsConnector records;

	private final VerificationProperties properties;

	private final DispatchProperties dispatch;

	private final TaskExecutor executor;

	private final Clock clock;

	private final MeterRegistry meters;

	PostErasureVerifier(ErasureJobs jobs, RecordsConnector records, VerificationProperties properties,
			DispatchProperties dispatch, @Qualifier(VerificationConfiguration.VERIFY_EXECUTOR) TaskExecutor executor,
			Clock clock, MeterRegistry meters) {
		this.jobs = jobs;
		this.records = records;
		this.properties = properties;
		this.dispatch = dispatch;
		this.executor = executor;
		this.clock = clock;
		this.meters = meters;
	}

	@EventListener
	void onVerificationDue(VerificationDue due) {
		submit(due.requestId());
	}

	@Scheduled(fixedDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}",
			initialDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}")
	void sweep() {
		try {
			for (ErasureJob job : this.jobs.withVerificationDue(this.dispatch.sweepBatchSize())) {
				submit(job.requestId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sweep of due verifications failed ({}); next pass will retry", ex.getClass().getSimpleName());
		}
	}

	private void submit(String requestId) {
		try {
			this.executor.execute(() -> verify(requestId));
		}
		catch (TaskRejectedException ex) {
			log.warn("Verification queue full: request {} is left to the sweep", requestId);
		}
	}

	/**
	 * Verifies one job if it is due and not taken by another instance.
	 * @return whether the job completed
	 */
	boolean verify(String requestId) {
		try {
			Optional<ErasureJob> claimed = this.jobs.claimVerification(requestId);
			if (claimed.isEmpty()) {
				return false;
			}
			ErasureJob job = claimed.get();
			Map<String, TaskVerification> results = new LinkedHashMap<>();
			for (SystemTask task : job.tasks()) {
				Optional<TaskVerification> result = verify(job, task);
				if (result.isEmpty()) {
					log.info("Verification of request {} waits: {} did not answer", requestId, task.systemId());
					return false;
				}
				results.put(task.systemId(), result.get());
				this.meters
					.counter("oubli.erasure.verifications", "system", task.systemId(), "result", result.get().state())
					.increment();
			}
			boolean completed = this.jobs.completeVerification(requestId, results);
			log.info("Verification of request {}: {}", requestId,
					completed ? "nothing left, job completed" : "records left, staff take over");
			return completed;
		}
		catch (RuntimeException ex) {
			log.warn("Verification of request {} broke off ({}); the sweep will retry", requestId,
					ex.getClass().getSimpleName());
			return false;
		}
	}

	/** The result for one system, or empty when it failed to answer and may still. */
	private Optional<TaskVerification> verify(ErasureJob job, SystemTask task) {
		Instant now = this.clock.instant();
		if (task.mode() != IntegrationMode.HTTP) {
			return Optional.of(TaskVerification.notVerifiable(task.mode().wireName() + " system: nothing to ask", now));
		}
		ErasureInstruction instruction = job.instructionFor(task.systemId());
		List<TaskVerification.Leftover> leftovers = new ArrayList<>();
		for (CategoryInstruction category : instruction.categories()) {
			if (category.action() == ErasureAction.RETAIN) {
				continue;
			}
			RecordsOutcome outcome = this.records.firstPage(new RecordsQuery(job.requestId(), task.systemId(),
					instruction.subject(), category.category(), null, this.properties.limit()));
			if (outcome instanceof RecordsOutcome.NotSupported notSupported) {
				return Optional.of(TaskVerification.notVerifiable(notSupported.reason(), now));
			}
			if (outcome instanceof RecordsOutcome.Failed failed) {
				if (pastEscalation(job, now)) {
					return Optional.of(TaskVerification.notVerifiable("verification failed: " + failed.reason(), now));
				}
				return Optional.empty();
			}
			RecordsOutcome.Page page = (RecordsOutcome.Page) outcome;
			int count = page.page().records().size();
			if (count > 0) {
				leftovers
					.add(new TaskVerification.Leftover(category.category(), count, page.page().nextCursor() != null));
			}
		}
		return Optional
			.of(leftovers.isEmpty() ? TaskVerification.verified(now) : TaskVerification.leftovers(leftovers, now));
	}

	private boolean pastEscalation(ErasureJob job, Instant now) {
		return job.tasks()
			.stream()
			.map((task) -> job.escalateAtOf(task, this.dispatch.escalateAfter()))
			.anyMatch((at) -> !at.isAfter(now));
	}

}
