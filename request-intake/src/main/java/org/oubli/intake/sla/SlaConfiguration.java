package org.oubli.intake.sla;

import java.time.Clock;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The watchdog, its ShedLock lock provider on the service's database (collection
 * {@code shedLock}) and scheduling. {@code oubli.intake.sla.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "oubli.intake.sla.enabled", havingValue = "true", matchIfMissing = true)
class SlaConfiguration {

	@Bean
	LockProvider slaLockProvider(MongoTemplate mongo) {
		return new MongoLockProvider(mongo.getDb());
	}

	@Bean
	SlaWatchdog slaWatchdog(SlaCases cases, DeadlinePolicies policies, LockProvider slaLockProvider,
			SlaProperties properties, AuditTrail audit, OutboxRelay relay, SlaMetrics metrics, Clock clock) {
		return new SlaWatchdog(cases, policies, new DefaultLockingTaskExecutor(slaLockProvider), properties, audit,
				relay, metrics, clock);
	}

}
