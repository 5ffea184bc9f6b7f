package org.oubli.erasure.fanout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.erasure.job.DispatchDue;
import org.oubli.erasure.job.DispatchProperties;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.erasure.job.SystemTask;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code oubli.erasure.dispatch.sweep-interval}, dispatches the pending http tasks
 * whose {@code nextAttemptAt} has come. That is a durable retry after a failed round
 * (scheduled with backoff and jitter, stored in MongoDB, so a restart resumes it), or a
 * lost dispatch: each dispatch holds a lease of
 * {@code oubli.erasure.dispatch.redispatch-after}, and a task still pending after it was
 * lost (crash after saving the job, full queue). Claiming renews the lease in a
 * conditional update, so one instance sends it; the system's idempotency key makes an
 * overlap harmless.
 */
@Component
class LostDispatchSweep {

	private static final Logger log = LoggerFactory.getLogger(LostDispatchSweep.class);

	private final ErasureJobs jobs;

	private final Dispatcher dispatcher;

	private final DispatchProperties properties;

	LostDispatchSweep(ErasureJobs jobs, Dispatcher dispatcher, DispatchProperties properties) {
		this.jobs = jobs;
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	/** A staff retry: dispatch now rather than at the next pass. */
	@EventListener
	void onDispatchDue(DispatchDue due) {
		try {
			if (this.jobs.claimDueDispatch(due.requestId(), due.systemId())) {
				this.dispatcher.submit(due.requestId(), due.systemId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Dispatch of {} for request {} left to the sweep ({})", due.systemId(), due.requestId(),
					ex.getClass().getSimpleName());
		}
	}

	@Scheduled(fixedDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}",
			initialDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}")
	void sweep() {
		try {
			for (ErasureJob job : this.jobs.withDueDispatches(this.properties.sweepBatchSize())) {
				for (SystemTask task : job.pendingHttpTasks()) {
					if (this.jobs.claimDueDispatch(job.requestId(), task.systemId())) {
						log.info("Dispatching {} for request {} again (attempts so far: {})", task.systemId(),
								job.requestId(), task.attempts());
						this.dispatcher.submit(job.requestId(), task.systemId());
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sweep of lost dispatches failed ({}); next pass will retry", ex.getClass().getSimpleName());
		}
	}

}
