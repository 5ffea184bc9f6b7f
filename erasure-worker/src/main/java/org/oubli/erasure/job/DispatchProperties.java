package org.oubli.erasure.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How http systems are called.
 *
 * @param concurrency calls in flight at once, all systems together
 * @param queueCapacity dispatches waiting for a thread; beyond it a dispatch is left to
 * the sweep
 * @param redispatchAfter a pending http task is sent again by the sweep this long after
 * its last dispatch began (a crash after saving the job, a full queue, an open circuit
 * breaker); keep it above the longest retry sequence
 * @param sweepInterval how often the sweep looks for such tasks
 * @param sweepBatchSize how many jobs one sweep pass takes
 */
@ConfigurationProperties("oubli.erasure.dispatch")
public record DispatchProperties(@DefaultValue("8") int concurrency, @DefaultValue("1000") int queueCapacity,
		@DefaultValue("PT2M") Duration redispatchAfter, @DefaultValue("PT30S") Duration sweepInterval,
		@DefaultValue("100") int sweepBatchSize) {

}
