package org.oubli.intake.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA watchdog settings ({@code oubli.intake.sla}).
 *
 * @param atRiskDays a case with this many days left or less is at risk
 * @param interval how often each instance runs the watchdog (read by {@code @Scheduled}
 * through its property name)
 * @param initialDelay how long after start the first run waits (same)
 * @param lockAtMostFor how long a crashed instance can keep the lock before another one
 * may run
 */
@ConfigurationProperties("oubli.intake.sla")
public record SlaProperties(@DefaultValue("7") int atRiskDays, @DefaultValue("15m") Duration interval,
		@DefaultValue("1m") Duration initialDelay, @DefaultValue("10m") Duration lockAtMostFor) {

}
