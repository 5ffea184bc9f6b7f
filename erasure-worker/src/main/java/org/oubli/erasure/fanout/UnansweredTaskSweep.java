package org.oubli.erasure.fanout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.erasure.job.DispatchProperties;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code oubli.erasure.dispatch.sweep-interval}, makes sure no task waits forever:
 * <ol>
 * <li>a task (any mode) still pending at its escalation time (the margin before the
 * case's due date, {@code oubli.erasure.retry.escalation-margin}; {@code escalate-after}
 * after the start while the due date is unknown) fails with {@code SystemErasureFailed}
 * (with the last error), so that a person takes over;</li>
 * <li>a pending Kafka task gets its {@code ErasureRequested} again, unchanged, once
 * {@code chase-after} has passed since the job started or since its last chase.</li>
 * </ol>
 * Each step is a conditional update of the job, so however many instances sweep at once,
 * a task is escalated once and chased once per period.
 */
@Component
class UnansweredTaskSweep {

	private static final Logger log = LoggerFactory.getLogger(UnansweredTaskSweep.class);

	private final ErasureJobs jobs;

	private final DispatchProperties properties;

	UnansweredTaskSweep(ErasureJobs jobs, DispatchProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}",
			initialDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}")
	void sweep() {
		try {
			escalateOverdueTasks();
			chaseSilentSystems();
		}
		catch (RuntimeException ex) {
			log.warn("Sweep of unanswered tasks failed ({}); next pass will retry", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Escalates the overdue tasks of one batch of jobs.
	 * @return how many tasks this pass handed to a person
	 */
	int escalateOverdueTasks() {
		int escalated = 0;
		for (ErasureJob job : this.jobs.withOverdueTasks(this.properties.sweepBatchSize())) {
			for (SystemTask task : job.pendingTasks()) {
				if (this.jobs.escalate(job.requestId(), task.systemId())) {
					log.warn("{} not done for request {} by {}; staff take over", task.systemId(), job.requestId(),
							job.escalateAtOf(task, this.properties.escalateAfter()));
					escalated++;
				}
			}
		}
		return escalated;
	}

	/**
	 * Chases the silent Kafka systems of one batch of jobs.
	 * @return how many instructions this pass sent again
	 */
	int chaseSilentSystems() {
		int chased = 0;
		for (ErasureJob job : this.jobs.withChasesDue(this.properties.sweepBatchSize())) {
			for (SystemTask task : job.pendingKafkaTasks()) {
				if (this.jobs.chase(job.requestId(), task.systemId())) {
					log.info("Instruction to {} for request {} sent again (chase {})", task.systemId(), job.requestId(),
							task.chases() + 1);
					chased++;
				}
			}
		}
		return chased;
	}

}
