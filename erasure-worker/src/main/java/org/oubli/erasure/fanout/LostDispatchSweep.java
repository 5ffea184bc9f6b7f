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
 * Every {@code oubli.erasure.dispatch.sweep-interval}, sends again the pending http tasks
 * whose lease ran out: each dispatch (the first one included) holds a lease of
 * {@code oubli.erasure.dispatch.redispatch-after}, and a task still pending after it was
 * lost (crash after saving the job, full queue, open circuit breaker). Claiming renews
 * the lease in a conditional update, so one instance sends it; the system's idempotency
 * key makes an overlap harmless.
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

	@Scheduled(fixedDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}",
			initialDelayString = "${oubli.erasure.dispatch.sweep-interval:PT30S}")
	void sweep() {
		try {
			for (ErasureJob job : this.jobs.withLostDispatches(this.properties.sweepBatchSize())) {
				for (SystemTask task : job.pendingHttpTasks()) {
					if (this.jobs.claimLostDispatch(job.requestId(), task.systemId())) {
						log.info("Dispatching {} for request {} again: the last dispatch was lost", task.systemId(),
								job.requestId());
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
