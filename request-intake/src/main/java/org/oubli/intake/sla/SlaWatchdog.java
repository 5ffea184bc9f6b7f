package org.oubli.intake.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.CaseSlaChanged;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Classifies every open case ({@link SlaClassifier}) and stores the state on the case
 * when it changed. A move into {@code AT_RISK} or {@code OVERDUE} emits
 * {@link CaseSlaChanged} through the case's outbox in the same update (notification
 * service mails the staff), so a transition alerts once however many instances run; every
 * change goes on the audit trail.
 * <p>
 * Several instances may run: the classification pass holds a ShedLock lock (collection
 * {@code shedLock}), so one instance at a time does it; the others skip that run. Each
 * instance then refreshes its gauges from the database, outside the lock, so every
 * instance reports the same counts.
 */
public class SlaWatchdog {

	/** The lock's name in the {@code shedLock} collection. */
	public static final String LOCK = "sla-watchdog";

	/** The actor of the audit entries. */
	public static final String ACTOR = "system:" + RequestIntakeApplication.NAME;

	/** The audit action of a transition. */
	public static final String AUDIT_ACTION = "sla-state-changed";

	private static final Logger log = LoggerFactory.getLogger(SlaWatchdog.class);

	private final SlaCases cases;

	private final SlaClassifier classifier;

	private final DeadlinePolicies policies;

	private final LockingTaskExecutor locks;

	private final SlaProperties properties;

	private final AuditTrail audit;

	private final OutboxRelay relay;

	private final SlaMetrics metrics;

	private final Clock clock;

	private final AtomicLong runs = new AtomicLong();

	public SlaWatchdog(SlaCases cases, DeadlinePolicies policies, LockingTaskExecutor locks, SlaProperties properties,
			AuditTrail audit, OutboxRelay relay, SlaMetrics metrics, Clock clock) {
		this.cases = cases;
		this.classifier = new SlaClassifier(properties.atRiskDays());
		this.policies = policies;
		this.locks = locks;
		this.properties = properties;
		this.audit = audit;
		this.relay = relay;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** The scheduled run: classify (if this instance gets the lock), then count. */
	@Scheduled(fixedDelayString = "${oubli.intake.sla.interval:15m}",
			initialDelayString = "${oubli.intake.sla.initial-delay:1m}")
	public void tick() {
		try {
			runOnce();
		}
		finally {
			refreshGauges();
		}
	}

	/**
	 * One classification pass under the lock.
	 * @return the transitions made, or empty if another instance holds the lock
	 */
	public Optional<Integer> runOnce() {
		LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK, this.properties.lockAtMostFor(),
				java.time.Duration.ZERO);
		TaskResult<Integer> result;
		try {
			result = this.locks.executeWithLock(this::classifyAll, lock);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("SLA watchdog run failed", ex);
		}
		if (!result.wasExecuted()) {
			log.debug("SLA watchdog: another instance holds the lock; skipped");
			return Optional.empty();
		}
		return Optional.of(result.getResult());
	}

	/** Counts open cases per stored state into the gauges. */
	public void refreshGauges() {
		this.metrics.refresh(this.cases.countByState());
	}

	/** How many classification passes this instance ran (under the lock). */
	public long runs() {
		return this.runs.get();
	}

	private int classifyAll() {
		this.runs.incrementAndGet();
		Instant now = this.clock.instant();
		int transitions = 0;
		for (OpenCase read : this.cases.openCases()) {
			try {
				LocalDate today = this.policies.get(read.jurisdiction()).dateOf(now);
				Optional<SlaState> state = this.classifier.classify(read.status(), read.dueOn(), read.paused(), today);
				if (state.isPresent() && state.get() != read.slaState() && changeState(read, state.get(), now)) {
					transitions++;
				}
			}
			catch (RuntimeException ex) {
				// one case that cannot be classified (unknown policy...) must not stop
				// the
				// others; it is tried again next run
				log.warn("Request {}: SLA state not updated ({})", read.requestId(), ex.getClass().getSimpleName());
			}
		}
		if (transitions > 0) {
			this.relay.wakeUp();
		}
		return transitions;
	}

	/**
	 * Stores one transition; a case changed since it was read is left for the next run.
	 */
	private boolean changeState(OpenCase read, SlaState to, Instant now) {
		List<EventEnvelope> events = SlaClassifier.alerts(to) ? List.of(EventEnvelope.wrap(
				new CaseSlaChanged(read.requestId(), read.type(), read.slaState(), to, read.dueOn(), now), null,
				RequestIntakeApplication.NAME, now)) : List.of();
		if (!this.cases.changeState(read, to, events)) {
			log.debug("Request {}: changed while classifying; left for the next run", read.requestId());
			return false;
		}
		if (read.slaState() != null || to != SlaState.ON_TRACK) {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("from", (read.slaState() != null) ? SlaMetrics.tag(read.slaState()) : "none");
			details.put("to", SlaMetrics.tag(to));
			details.put("dueOn", read.dueOn().toString());
			details.put("status", read.status());
			this.audit.append(ACTOR, AUDIT_ACTION, read.requestId(), details);
		}
		log.info("Request {}: SLA {} -> {} (due on {})", read.requestId(), read.slaState(), to, read.dueOn());
		return true;
	}

}
