package org.oubli.export.job;

import java.time.Clock;

import org.oubli.export.ExportProperties;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code oubli.export.sweep-interval}: submits the open jobs (a restart, a full
 * pool, a person's retry) and the collecting jobs whose worker stopped beating.
 */
@Component
class JobSweep {

	private final JobStore jobs;

	private final ExportRunner runner;

	private final ExportProperties properties;

	private final Clock clock;

	JobSweep(JobStore jobs, ExportRunner runner, ExportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${oubli.export.sweep-interval}",
			fixedDelayString = "${oubli.export.sweep-interval}")
	void sweep() {
		this.jobs.claimable(this.clock.instant(), this.properties.staleAfter(), 100).forEach(this.runner::submit);
	}

}
