package org.oubli.erasure.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How systems are instructed, chased and given up on.
 *
 * @param concurrency calls in flight at once, all systems together
 * @param queueCapacity dispatches waiting for a thread; beyond it a dispatch is left to
 * the sweep
 * @param redispatchAfter a pending http task is sent again by the sweep this long after
 * its last dispatch began (a crash after saving the job, a full queue, an open circuit
 * breaker); keep it above the longest retry sequence
 * @param chaseAfter a pending Kafka task gets its {@code ErasureRequested} again when
 * this long has passed since the job started or since it was last chased
 * @param escalateAfter a task (http or Kafka) still pending this long after the job
 * started fails with {@code SystemErasureFailed}, and a person takes over
 * @param sweepInterval how often the sweeps look for such tasks
 * @param sweepBatchSize how many jobs one sweep pass takes, per kind of work
 */
@ConfigurationProperties("oubli.erasure.dispatch")
public record DispatchProperties(@DefaultValue("8") int concurrency, @DefaultValue("1000") int queueCapacity,
		@DefaultValue("PT2M") Duration redispatchAfter, @DefaultValue("PT1H") Duration chaseAfter,
		@DefaultValue("P3D") Duration escalateAfter, @DefaultValue("PT30S") Duration sweepInterval,
		@DefaultValue("100") int sweepBatchSize) {

	public DispatchProperties {
		requirePositive("redispatch-after", redispatchAfter);
		requirePositive("chase-after", chaseAfter);
		requirePositive("escalate-after", escalateAfter);
		requirePositive("sweep-interval", sweepInterval);
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException("oubli.erasure.dispatch." + name + " must be a positive duration");
		}
	}

}
