package org.oubli.erasure.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.plan.ErasurePlan;
import org.oubli.erasure.plan.PlanBuilder;
import org.oubli.erasure.plan.SystemPlan;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The steps of an erasure job. Each step reads the job, decides, and writes the change
 * and the events it causes in one update conditional on the version it read; when another
 * instance or thread got there first, it reads again and decides again. So
 * {@code ErasureCompleted} goes out exactly once, with the receipt that closes the last
 * open task, however receipts race.
 *
 * <table>
 * <caption>steps</caption>
 * <tr>
 * <th>step</th>
 * <th>task change</th>
 * <th>events</th>
 * </tr>
 * <tr>
 * <td>{@link #start}</td>
 * <td>all PENDING</td>
 * <td>ErasureStarted, ErasureRequested per kafka system</td>
 * </tr>
 * <tr>
 * <td>{@link #recordReceipt}</td>
 * <td>PENDING/FAILED to DONE</td>
 * <td>SystemErased (+ ErasureCompleted when the last)</td>
 * </tr>
 * <tr>
 * <td>{@link #recordFailure}</td>
 * <td>PENDING/FAILED to FAILED</td>
 * <td>SystemErasureFailed</td>
 * </tr>
 * <tr>
 * <td>{@link #recordUnansweredDispatch}</td>
 * <td>PENDING, one more attempt, last error</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td>{@link #claimLostDispatch}</td>
 * <td>lease renewed</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td>{@link #chase}</td>
 * <td>PENDING Kafka task, one more attempt and chase</td>
 * <td>ErasureRequested (the same instruction)</td>
 * </tr>
 * <tr>
 * <td>{@link #escalate}</td>
 * <td>PENDING (http or Kafka) to FAILED</td>
 * <td>SystemErasureFailed</td>
 * </tr>
 * </table>
 */
@Service
public class ErasureJobs {

	/** The source of every event this service writes. */
	public static final String SOURCE = "erasure-worker";

	private static final Logger log = LoggerFactory.getLogger(ErasureJobs.class);

	private static final int MAX_RACES = 20;

	private final JobStore store;

	private final PlanBuilder planBuilder;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final DispatchProperties dispatch;

	ErasureJobs(JobStore store, PlanBuilder planBuilder, Outbox outbox, OutboxRelay relay, Clock clock,
			DispatchProperties dispatch) {
		this.store = store;
		this.planBuilder = planBuilder;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.dispatch = dispatch;
	}

	public Optional<ErasureJob> find(String requestId) {
		return this.store.find(requestId);
	}

	/**
	 * Opens the job of a verified erasure request with a frozen plan; the http systems
	 * are the caller's to dispatch.
	 * @return the new job, or empty if the request has one already
	 */
	public Optional<ErasureJob> start(EventEnvelope cause, IdentityVerified verified) {
		String requestId = verified.requestId();
		ErasurePlan plan = this.planBuilder.plan();
		Instant now = plan.frozenAt();
		Instant lease = now.plus(this.dispatch.redispatchAfter());
		List<SystemTask> tasks = new ArrayList<>();
		List<EventEnvelope> events = new ArrayList<>();
		events.add(EventEnvelope.wrap(new ErasureStarted(requestId, plan.planned(), now), cause, SOURCE, now));
		JobSubject subject = JobSubject.of(verified.subject());
		for (SystemPlan system : plan.systems()) {
			boolean http = system.mode() == IntegrationMode.HTTP;
			tasks.add(new SystemTask(system.systemId(), system.mode(), system.identifiers(), TaskStatus.PENDING,
					http ? 0 : 1, null, null, http ? lease : null, null, 0, now));
			if (!http) {
				events.add(EventEnvelope.wrap(
						new ErasureRequested(requestId, system.instruction(requestId, subject.identifiers())), cause,
						SOURCE, now));
			}
		}
		ErasureJob job = new ErasureJob(requestId, 0, JobStatus.IN_PROGRESS, subject, now, null, plan.planned(),
				List.copyOf(tasks), List.of(cause.eventId()));
		if (!this.store.insert(job, this.outbox.entries(events))) {
			log.info("Erasure job for request {} exists already; event {} ignored", requestId, cause.eventId());
			return Optional.empty();
		}
		this.relay.wakeUp();
		log.info("Erasure job for request {} started with {} systems", requestId, tasks.size());
		return Optional.of(job);
	}

	/**
	 * Records a validated receipt: the task is done, {@code SystemErased} goes out, and
	 * {@code ErasureCompleted} too if it was the last open task.
	 * @param attempts instructions sent for it in this round (http calls), added to the
	 * task's count
	 * @param cause the event that carried it, or {@code null} for an http answer
	 * @throws UnknownErasureException if there is no such job or system in its plan
	 */
	public ReceiptRecording recordReceipt(String requestId, ErasureReceipt receipt, int attempts, EventEnvelope cause) {
		return change(requestId, (job) -> {
			int index = job.indexOf(receipt.systemId());
			SystemTask task = job.tasks().get(index);
			if (task.status() == TaskStatus.DONE || job.hasProcessed(eventIdOf(cause))) {
				return Decision.nothing(ReceiptRecording.DUPLICATE);
			}
			Instant now = this.clock.instant();
			String at = "tasks." + index + ".";
			Update update = new Update().set(at + "status", TaskStatus.DONE)
				.set(at + "receipt", receipt)
				.set(at + "attempts", task.attempts() + attempts)
				.set(at + "updatedAt", now)
				.unset(at + "lastError")
				.unset(at + "leaseUntil");
			List<EventEnvelope> events = new ArrayList<>();
			events.add(EventEnvelope.wrap(new SystemErased(requestId, receipt), cause, SOURCE, now));
			boolean last = job.onlyOpenTaskIs(receipt.systemId());
			if (last) {
				update.set("status", JobStatus.COMPLETED).set("completedAt", now);
				events.add(EventEnvelope.wrap(new ErasureCompleted(requestId, job.outcomesWith(receipt), now), cause,
						SOURCE, now));
			}
			markProcessed(update, cause);
			this.outbox.append(update, events);
			return Decision.write(update, last ? ReceiptRecording.COMPLETED : ReceiptRecording.RECORDED);
		});
	}

	/**
	 * Gives up on a system until a person acts: the task fails and
	 * {@code SystemErasureFailed} goes out. Does nothing if the task is done. An http
	 * answer ({@code cause} {@code null}) applies to a pending task only: if the task
	 * failed meanwhile (escalated while the call was in flight), a person has it already.
	 * @param reason why, without personal data
	 * @param attempts attempts in this round, added to the task's count
	 * @param cause the event that caused it, or {@code null}
	 * @return whether the task changed
	 */
	public boolean recordFailure(String requestId, String systemId, String reason, int attempts, EventEnvelope cause) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			boolean lateHttpAnswer = cause == null && task.status() == TaskStatus.FAILED;
			if (task.status() == TaskStatus.DONE || lateHttpAnswer || job.hasProcessed(eventIdOf(cause))) {
				return Decision.nothing(false);
			}
			Update update = failure(job, index, reason, task.attempts() + attempts, cause);
			markProcessed(update, cause);
			return Decision.write(update, true);
		});
	}

	/**
	 * Counts an http dispatch that got no answer (circuit breaker open, dispatch broken
	 * off) as an attempt, with its reason as the last error; the task stays pending for
	 * the sweep. Does nothing unless the task is pending.
	 * @param reason why, without personal data
	 * @return whether the task changed
	 */
	public boolean recordUnansweredDispatch(String requestId, String systemId, String reason) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			if (!task.isPending()) {
				return Decision.nothing(false);
			}
			String at = "tasks." + index + ".";
			return Decision.write(new Update().set(at + "attempts", task.attempts() + 1)
				.set(at + "lastError", reason)
				.set(at + "updatedAt", this.clock.instant()), true);
		});
	}

	/**
	 * Takes over a pending http task whose dispatch counts as lost, renewing its lease so
	 * that no other sweep takes it too.
	 * @return whether the caller now owns the dispatch
	 */
	public boolean claimLostDispatch(String requestId, String systemId) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			Instant now = this.clock.instant();
			if (!job.tasks().get(index).isDueForDispatch(now)) {
				return Decision.nothing(false);
			}
			return Decision.write(
					new Update().set("tasks." + index + ".leaseUntil", now.plus(this.dispatch.redispatchAfter())),
					true);
		});
	}

	/** Jobs with a pending http task whose dispatch counts as lost now. */
	public List<ErasureJob> withLostDispatches(int limit) {
		return this.store.withLostDispatches(this.clock.instant(), limit);
	}

	/**
	 * Sends a pending Kafka task's instruction again, unchanged (same idempotency key),
	 * when {@code chase-after} has passed since the job started or since the last chase,
	 * recording the chase and the attempt in the same update. A task that is overdue is
	 * escalated rather than chased.
	 * @return whether this call chased it
	 */
	public boolean chase(String requestId, String systemId) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			Instant now = this.clock.instant();
			if (!task.isDueForChase(job.startedAt(), now, this.dispatch.chaseAfter())
					|| job.isOverdue(task, now, this.dispatch.escalateAfter())) {
				return Decision.nothing(false);
			}
			String at = "tasks." + index + ".";
			Update update = new Update().set(at + "attempts", task.attempts() + 1)
				.set(at + "chases", task.chases() + 1)
				.set(at + "lastChasedAt", now)
				.set(at + "updatedAt", now);
			this.outbox.append(update, EventEnvelope.wrap(new ErasureRequested(requestId, job.instructionFor(systemId)),
					null, SOURCE, now));
			return Decision.write(update, true);
		});
	}

	/**
	 * Fails a task (http or Kafka) still pending {@code escalate-after} after its job
	 * started, with {@code SystemErasureFailed} naming the wait and the last error; a
	 * person takes over, and a receipt that comes later still completes the task. Only
	 * the call that moves it from PENDING does so, however many sweeps race.
	 * @return whether this call escalated it
	 */
	public boolean escalate(String requestId, String systemId) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			if (!job.isOverdue(task, this.clock.instant(), this.dispatch.escalateAfter())) {
				return Decision.nothing(false);
			}
			String reason = "no answer after " + Durations.describe(this.dispatch.escalateAfter())
					+ ((task.lastError() != null) ? "; last error: " + task.lastError() : "");
			return Decision.write(failure(job, index, reason, task.attempts(), null), true);
		});
	}

	/** Jobs with a Kafka task whose chase may be due now. */
	public List<ErasureJob> withChasesDue(int limit) {
		return this.store.withChasesDue(this.clock.instant().minus(this.dispatch.chaseAfter()), limit);
	}

	/** Jobs with a task still pending {@code escalate-after} after the job started. */
	public List<ErasureJob> withOverdueTasks(int limit) {
		return this.store.withPendingTasksStartedBy(this.clock.instant().minus(this.dispatch.escalateAfter()), limit);
	}

	/** The update that fails a task, with its {@code SystemErasureFailed}. */
	private Update failure(ErasureJob job, int index, String reason, int attempts, EventEnvelope cause) {
		Instant now = this.clock.instant();
		SystemErasureFailed failed = new SystemErasureFailed(job.requestId(), job.tasks().get(index).systemId(), reason,
				attempts, now);
		String at = "tasks." + index + ".";
		Update update = new Update().set(at + "status", TaskStatus.FAILED)
			.set(at + "attempts", attempts)
			.set(at + "lastError", reason)
			.set(at + "updatedAt", now)
			.unset(at + "leaseUntil");
		return this.outbox.append(update, EventEnvelope.wrap(failed, cause, SOURCE, now));
	}

	private <T> T change(String requestId, Function<ErasureJob, Decision<T>> decide) {
		for (int race = 0; race < MAX_RACES; race++) {
			ErasureJob job = this.store.find(requestId)
				.orElseThrow(() -> new UnknownErasureException("No erasure job for request " + requestId));
			Decision<T> decision = decide.apply(job);
			if (decision.update() == null) {
				return decision.result();
			}
			if (this.store.update(job, decision.update())) {
				this.relay.wakeUp();
				return decision.result();
			}
		}
		throw new ConcurrentModificationException(
				"Erasure job of request " + requestId + " kept changing under " + MAX_RACES + " attempts");
	}

	private static void markProcessed(Update update, EventEnvelope cause) {
		if (cause != null) {
			ProcessedEvents.markProcessed(update, cause.eventId());
		}
	}

	private static String eventIdOf(EventEnvelope cause) {
		return (cause != null) ? cause.eventId() : null;
	}

	private record Decision<T>(Update update, T result) {

		static <T> Decision<T> nothing(T result) {
			return new Decision<>(null, result);
		}

		static <T> Decision<T> write(Update update, T result) {
			return new Decision<>(update, result);
		}

	}

}
