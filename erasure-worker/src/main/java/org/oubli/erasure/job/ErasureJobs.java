package org.oubli.erasure.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.ErasureStarted;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.plan.ErasurePlan;
import org.oubli.erasure.plan.PlanBuilder;
import org.oubli.erasure.plan.SystemPlan;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.erasure.registry.SystemRegistry;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.context.ApplicationEventPublisher;
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
 * <td>ErasureStarted, ErasureRequested per kafka system, ErasureDelegated per manual or
 * processor system</td>
 * </tr>
 * <tr>
 * <td>{@link #recordReceipt}</td>
 * <td>PENDING/FAILED to DONE</td>
 * <td>SystemErased (+ ErasureCompleted when the last)</td>
 * </tr>
 * <tr>
 * <td>{@link #recordFailure} retryable</td>
 * <td>PENDING, attempts, last error, next attempt after backoff (FAILED at the
 * margin)</td>
 * <td>none (SystemErasureFailed at the margin)</td>
 * </tr>
 * <tr>
 * <td>{@link #recordFailure} refused</td>
 * <td>PENDING to FAILED</td>
 * <td>SystemErasureFailed</td>
 * </tr>
 * <tr>
 * <td>{@link #claimDueDispatch}</td>
 * <td>lease renewed</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td>{@link #completeVerification}</td>
 * <td>VERIFYING to COMPLETED, or a task with leftovers to FAILED</td>
 * <td>ErasureCompleted, or SystemErasureFailed</td>
 * </tr>
 * <tr>
 * <td>{@link #retryByStaff}</td>
 * <td>FAILED/PENDING to PENDING, new window</td>
 * <td>ErasureRequested / ErasureDelegated again (Kafka, processor)</td>
 * </tr>
 * <tr>
 * <td>{@link #chase}</td>
 * <td>PENDING Kafka task, one more attempt and chase</td>
 * <td>ErasureRequested (the same instruction)</td>
 * </tr>
 * <tr>
 * <td>{@link #escalate}</td>
 * <td>PENDING (any mode) to FAILED at its escalation time</td>
 * <td>SystemErasureFailed</td>
 * </tr>
 * </table>
 */
@Service
public class ErasureJobs {

	/** The source of every event this service writes. */
	public static final String SOURCE = "erasure-worker";

	private static final Logger log = LoggerFactory.getLogger(ErasureJobs.class);

	private static final int MAX_RACES = 50;

	private final JobStore store;

	private final DeadlineStore deadlines;

	private final PlanBuilder planBuilder;

	private final SystemRegistry registry;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final DispatchProperties dispatch;

	private final RetryProperties retry;

	private final VerificationProperties verification;

	private final ApplicationEventPublisher signals;

	ErasureJobs(JobStore store, DeadlineStore deadlines, PlanBuilder planBuilder, SystemRegistry registry,
			Outbox outbox, OutboxRelay relay, Clock clock, DispatchProperties dispatch, RetryProperties retry,
			VerificationProperties verification, ApplicationEventPublisher signals) {
		this.store = store;
		this.deadlines = deadlines;
		this.planBuilder = planBuilder;
		this.registry = registry;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.dispatch = dispatch;
		this.retry = retry;
		this.verification = verification;
		this.signals = signals;
	}

	public Optional<ErasureJob> find(String requestId) {
		return this.store.find(requestId);
	}

	/**
	 * Opens the job of a verified erasure request with a frozen plan; the http systems
	 * are the caller's to dispatch. Every task gets its escalation time from the case's
	 * due date, if request-intake announced it already (else from the fallback, until it
	 * does).
	 * @return the new job, or empty if the request has one already
	 */
	public Optional<ErasureJob> start(EventEnvelope cause, IdentityVerified verified) {
		String requestId = verified.requestId();
		if (this.deadlines.isClosed(requestId)) {
			log.info("Request {} was cancelled or refused before its erasure started; event {} ignored", requestId,
					cause.eventId());
			return Optional.empty();
		}
		ErasurePlan plan = this.planBuilder.plan();
		Instant now = plan.frozenAt();
		Instant lease = now.plus(this.dispatch.redispatchAfter());
		LocalDate dueOn = this.deadlines.dueOn(requestId).orElse(null);
		Instant escalateAt = this.retry.escalateAt(dueOn, now, this.dispatch.escalateAfter());
		List<SystemTask> tasks = new ArrayList<>();
		List<EventEnvelope> events = new ArrayList<>();
		events.add(EventEnvelope.wrap(new ErasureStarted(requestId, plan.planned(), now), cause, SOURCE, now));
		JobSubject subject = JobSubject.of(verified.subject());
		for (SystemPlan system : plan.systems()) {
			IntegrationMode mode = system.mode();
			boolean http = mode == IntegrationMode.HTTP;
			boolean manual = mode == IntegrationMode.MANUAL;
			tasks.add(new SystemTask(system.systemId(), mode, system.identifiers(), TaskStatus.PENDING,
					(http || manual) ? 0 : 1, null, null, http ? lease : null, null, 0, now, escalateAt, 0, null, null,
					null));
			if (mode == IntegrationMode.KAFKA) {
				events.add(EventEnvelope.wrap(
						new ErasureRequested(requestId, system.instruction(requestId, subject.identifiers())), cause,
						SOURCE, now));
			}
			else if (!http) {
				events.add(EventEnvelope.wrap(delegated(requestId, system, subject, escalateAt), cause, SOURCE, now));
			}
		}
		ErasureJob job = new ErasureJob(requestId, 0, JobStatus.IN_PROGRESS, subject, now, null, plan.planned(),
				List.copyOf(tasks), List.of(cause.eventId()), dueOn, null, null);
		if (!this.store.insert(job, this.outbox.entries(events))) {
			log.info("Erasure job for request {} exists already; event {} ignored", requestId, cause.eventId());
			return Optional.empty();
		}
		this.relay.wakeUp();
		log.info("Erasure job for request {} started with {} systems", requestId, tasks.size());
		return Optional.of(job);
	}

	private ErasureDelegated delegated(String requestId, SystemPlan system, JobSubject subject, Instant answerBy) {
		Optional<SystemDescriptor> registered = this.registry.find(system.systemId());
		return new ErasureDelegated(requestId, system.systemId(), system.planned().displayName(),
				registered.map(SystemDescriptor::owner).orElse(null), system.mode().wireName(),
				registered.map(SystemDescriptor::processor).orElse(null),
				system.instruction(requestId, subject.identifiers()), answerBy);
	}

	/**
	 * Takes in the case's due date (from {@code RequestReceived} or
	 * {@code DeadlineExtended}); a later date replaces an earlier one, never the reverse.
	 * If the job exists, the escalation time of its open tasks follows.
	 * @return whether the job changed
	 */
	public boolean recordDueDate(String requestId, LocalDate dueOn) {
		LocalDate inForce = this.deadlines.record(requestId, dueOn, this.clock.instant());
		if (this.store.find(requestId).isEmpty()) {
			return false;
		}
		return change(requestId, (job) -> {
			if (inForce.equals(job.dueOn())) {
				return Decision.nothing(false);
			}
			Instant escalateAt = this.retry.escalateAt(inForce, job.startedAt(), this.dispatch.escalateAfter());
			Update update = new Update().set("dueOn", inForce);
			for (int i = 0; i < job.tasks().size(); i++) {
				if (job.tasks().get(i).isPending()) {
					update.set("tasks." + i + ".escalateAt", escalateAt);
				}
			}
			return Decision.write(update, true);
		});
	}

	/**
	 * Records a validated receipt: the task is done and {@code SystemErased} goes out. If
	 * it was the last open task, the job completes ({@code ErasureCompleted}), or, when
	 * it has http systems and verification is on, moves to {@link JobStatus#VERIFYING}.
	 * @param attempts instructions sent for it in this round (http calls), added to the
	 * task's count
	 * @param cause the event that carried it, or {@code null} for an http answer
	 * @throws UnknownErasureException if there is no such job or system in its plan
	 */
	public ReceiptRecording recordReceipt(String requestId, ErasureReceipt receipt, int attempts, EventEnvelope cause) {
		return recordReceipt(requestId, receipt, attempts, cause, null, null);
	}

	private ReceiptRecording recordReceipt(String requestId, ErasureReceipt receipt, int attempts, EventEnvelope cause,
			String evidence, String staff) {
		ReceiptRecording recording = change(requestId, (job) -> {
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
				.unset(at + "nextAttemptAt")
				.unset(at + "verification");
			if (evidence != null) {
				update.set(at + "evidence", evidence).set(at + "recordedBy", staff);
			}
			List<EventEnvelope> events = new ArrayList<>();
			events.add(EventEnvelope.wrap(new SystemErased(requestId, receipt), cause, SOURCE, now));
			ReceiptRecording result = ReceiptRecording.RECORDED;
			if (job.status() == JobStatus.CANCELLED) {
				// a late receipt of a cancelled job is still a fact: recorded, the job
				// stays cancelled
			}
			else if (job.onlyOpenTaskIs(receipt.systemId())) {
				if (this.verification.enabled() && !job.httpTasks().isEmpty()) {
					update.set("status", JobStatus.VERIFYING).set("verifyAt", now);
					result = ReceiptRecording.VERIFICATION_DUE;
				}
				else {
					update.set("status", JobStatus.COMPLETED).set("completedAt", now);
					events.add(EventEnvelope.wrap(
							new ErasureCompleted(requestId, job.outcomesWith(receipt, job.tasks()), now), cause, SOURCE,
							now));
					result = ReceiptRecording.COMPLETED;
				}
			}
			markProcessed(update, cause);
			this.outbox.append(update, events);
			return Decision.write(update, result);
		});
		if (recording == ReceiptRecording.VERIFICATION_DUE) {
			this.signals.publishEvent(new VerificationDue(requestId));
		}
		return recording;
	}

	/**
	 * Records the outcome staff carried out (manual systems), or a processor confirmed,
	 * or that staff took over a failed task: a receipt checked by the caller, with the
	 * evidence. Allowed for a manual or processor task that is not done, and for any
	 * failed task.
	 */
	public StaffAction completeByStaff(String requestId, ErasureReceipt receipt, String evidence, String staff) {
		ErasureJob job = this.store.find(requestId)
			.orElseThrow(() -> new UnknownErasureException("No erasure job for request " + requestId));
		SystemTask task = job.tasks().get(job.indexOf(receipt.systemId()));
		if (task.status() == TaskStatus.DONE) {
			return StaffAction.ALREADY_DONE;
		}
		if (job.status() == JobStatus.CANCELLED) {
			return StaffAction.CANCELLED;
		}
		if (!task.isStaffTask() && task.status() != TaskStatus.FAILED) {
			return StaffAction.NOT_STAFF_TASK;
		}
		ReceiptRecording recording = recordReceipt(requestId, receipt, 0, null, evidence, staff);
		return (recording == ReceiptRecording.DUPLICATE) ? StaffAction.ALREADY_DONE : StaffAction.APPLIED;
	}

	/**
	 * Records a failed round. A refusal (the system cannot carry the instruction out)
	 * fails the task at once with {@code SystemErasureFailed}: a person must act. Any
	 * other failure (errors, timeouts, malformed or contradictory receipts, an open
	 * circuit) is retried durably: the task stays pending with its last error, and its
	 * next attempt is scheduled after an exponential backoff with jitter; when that would
	 * fall past the task's escalation time, the task fails now instead. Does nothing if
	 * the task is not pending, except that a failed task's later valid receipt still
	 * completes it (see {@link #recordReceipt}).
	 * @param reason why, without personal data
	 * @param attempts attempts in this round, added to the task's count
	 * @param cause the event that caused it, or {@code null}
	 * @param retryable whether the failure is worth retrying
	 * @return whether the task changed
	 */
	public boolean recordFailure(String requestId, String systemId, String reason, int attempts, EventEnvelope cause,
			boolean retryable) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			if (!task.isPending() || job.hasProcessed(eventIdOf(cause))) {
				return Decision.nothing(false);
			}
			Instant now = this.clock.instant();
			int failures = task.failures() + 1;
			Instant escalateAt = job.escalateAtOf(task, this.dispatch.escalateAfter());
			Instant next = now.plus(this.retry.delayAfter(failures));
			Update update;
			if (!retryable) {
				update = failure(job, index, reason, task.attempts() + attempts, cause);
			}
			else if (!next.isBefore(escalateAt)) {
				update = failure(job, index,
						reason + "; retries stopped at " + escalateAt + " (" + marginText(job) + ")",
						task.attempts() + attempts, cause);
			}
			else {
				String at = "tasks." + index + ".";
				update = new Update().set(at + "attempts", task.attempts() + attempts)
					.set(at + "failures", failures)
					.set(at + "lastError", reason)
					.set(at + "updatedAt", now);
				if (task.mode() == IntegrationMode.HTTP) {
					update.set(at + "nextAttemptAt", next);
				}
			}
			markProcessed(update, cause);
			return Decision.write(update, true);
		});
	}

	/**
	 * Takes over a pending http task due for a dispatch (a lost one or a durable retry),
	 * renewing its lease so that no other sweep takes it too.
	 * @return whether the caller now owns the dispatch
	 */
	public boolean claimDueDispatch(String requestId, String systemId) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			Instant now = this.clock.instant();
			if (!job.tasks().get(index).isDueForDispatch(now)) {
				return Decision.nothing(false);
			}
			return Decision.write(
					new Update().set("tasks." + index + ".nextAttemptAt", now.plus(this.dispatch.redispatchAfter())),
					true);
		});
	}

	/** Jobs with a pending http task due for a dispatch now. */
	public List<ErasureJob> withDueDispatches(int limit) {
		return this.store.withDueDispatches(this.clock.instant(), limit);
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
	 * Fails a task (any mode) still pending at its escalation time (the margin before the
	 * case's due date), with {@code SystemErasureFailed} naming the limit and the last
	 * error; a person takes over, and a receipt that comes later still completes the
	 * task. Only the call that moves it from PENDING does so, however many sweeps race.
	 * @return whether this call escalated it
	 */
	public boolean escalate(String requestId, String systemId) {
		return change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			if (!job.isOverdue(task, this.clock.instant(), this.dispatch.escalateAfter())) {
				return Decision.nothing(false);
			}
			String what = task.isStaffTask() ? "no outcome recorded by staff" : "no answer";
			String reason = what + " by " + job.escalateAtOf(task, this.dispatch.escalateAfter()) + " ("
					+ marginText(job) + ")" + ((task.lastError() != null) ? "; last error: " + task.lastError() : "");
			return Decision.write(failure(job, index, reason, task.attempts(), null), true);
		});
	}

	private String marginText(ErasureJob job) {
		if (job.dueOn() == null) {
			return "due date unknown: " + Durations.describe(this.dispatch.escalateAfter()) + " after the start";
		}
		return Durations.describe(this.retry.escalationMargin()) + " before the due date " + job.dueOn();
	}

	/** Jobs with a Kafka task whose chase may be due now. */
	public List<ErasureJob> withChasesDue(int limit) {
		return this.store.withChasesDue(this.clock.instant().minus(this.dispatch.chaseAfter()), limit);
	}

	/** Jobs with a task still pending at its escalation time. */
	public List<ErasureJob> withOverdueTasks(int limit) {
		Instant now = this.clock.instant();
		return this.store.withOverdueTasks(now, now.minus(this.dispatch.escalateAfter()), limit);
	}

	/**
	 * Staff send a task again: a failed (or still pending) task becomes pending with a
	 * fresh window of at least {@code staff-retry-window}; an http task is due for a
	 * dispatch now ({@link DispatchDue} is signalled), a Kafka task gets its instruction
	 * again, a processor is emailed again.
	 * @param staff the staff account, or {@code null}
	 */
	public StaffAction retryByStaff(String requestId, String systemId, String staff) {
		StaffAction action = change(requestId, (job) -> {
			int index = job.indexOf(systemId);
			SystemTask task = job.tasks().get(index);
			if (task.status() == TaskStatus.DONE) {
				return Decision.nothing(StaffAction.ALREADY_DONE);
			}
			if (job.status() == JobStatus.CANCELLED) {
				return Decision.nothing(StaffAction.CANCELLED);
			}
			Instant now = this.clock.instant();
			Instant window = now.plus(this.retry.staffRetryWindow());
			Instant current = job.escalateAtOf(task, this.dispatch.escalateAfter());
			String at = "tasks." + index + ".";
			Update update = new Update().set(at + "status", TaskStatus.PENDING)
				.set(at + "failures", 0)
				.set(at + "escalateAt", current.isAfter(window) ? current : window)
				.set(at + "recordedBy", staff)
				.set(at + "updatedAt", now)
				.unset(at + "verification");
			switch (task.mode()) {
				case HTTP -> update.set(at + "nextAttemptAt", now);
				case KAFKA -> {
					update.set(at + "attempts", task.attempts() + 1)
						.set(at + "chases", task.chases() + 1)
						.set(at + "lastChasedAt", now);
					this.outbox.append(update, EventEnvelope
						.wrap(new ErasureRequested(requestId, job.instructionFor(systemId)), null, SOURCE, now));
				}
				case PROCESSOR_EMAIL -> {
					update.set(at + "attempts", task.attempts() + 1);
					this.outbox.append(update, EventEnvelope
						.wrap(delegated(requestId, job.planOf(systemId), job.subject(), window), null, SOURCE, now));
				}
				case MANUAL -> {
					// staff carry it out; nothing to send
				}
			}
			if (job.status() != JobStatus.IN_PROGRESS) {
				update.set("status", JobStatus.IN_PROGRESS).unset("verifyAt");
			}
			return Decision.write(update, StaffAction.APPLIED);
		});
		if (action == StaffAction.APPLIED) {
			this.signals.publishEvent(new DispatchDue(requestId, systemId));
		}
		return action;
	}

	/**
	 * Stops the erasure of a request that was cancelled or refused
	 * ({@code RequestClosed}): every task not done yet (pending or failed) becomes
	 * {@link TaskStatus#CANCELLED} and the job {@link JobStatus#CANCELLED}, in one
	 * update, so no sweep dispatches, chases or escalates it any more. A completed job,
	 * an already cancelled one and a redelivered event change nothing. Without a job yet,
	 * the closure is remembered and no job will be opened.
	 * @return whether the job changed
	 */
	public boolean cancel(String requestId, ClosureReason reason, EventEnvelope cause) {
		Instant now = this.clock.instant();
		this.deadlines.recordClosure(requestId, reason.name(), now);
		if (this.store.find(requestId).isEmpty()) {
			return false;
		}
		boolean cancelled = change(requestId, (job) -> {
			if (job.status() == JobStatus.COMPLETED || job.status() == JobStatus.CANCELLED
					|| job.hasProcessed(eventIdOf(cause))) {
				return Decision.nothing(false);
			}
			Update update = new Update().set("status", JobStatus.CANCELLED)
				.set("cancelledAt", now)
				.set("closureReason", reason.name())
				.unset("verifyAt");
			for (int i = 0; i < job.tasks().size(); i++) {
				if (job.tasks().get(i).status() != TaskStatus.DONE) {
					String at = "tasks." + i + ".";
					update.set(at + "status", TaskStatus.CANCELLED)
						.set(at + "updatedAt", now)
						.unset(at + "nextAttemptAt");
				}
			}
			markProcessed(update, cause);
			return Decision.write(update, true);
		});
		if (cancelled) {
			log.info("Erasure of request {} stopped: the request was {}", requestId, reason);
		}
		return cancelled;
	}

	/**
	 * Takes over a job's post-erasure verification when it is due, renewing its lease so
	 * that no other instance runs it too.
	 * @return the job to verify, or empty if it is not due (any more)
	 */
	public Optional<ErasureJob> claimVerification(String requestId) {
		return change(requestId, (job) -> {
			Instant now = this.clock.instant();
			if (job.status() != JobStatus.VERIFYING || (job.verifyAt() != null && job.verifyAt().isAfter(now))) {
				return Decision.nothing(Optional.empty());
			}
			return Decision.write(new Update().set("verifyAt", now.plus(this.dispatch.redispatchAfter())),
					Optional.of(job));
		});
	}

	/** Jobs whose verification is due now. */
	public List<ErasureJob> withVerificationDue(int limit) {
		return this.store.withVerificationDue(this.clock.instant(), limit);
	}

	/**
	 * Records what post-erasure verification found, per system. Nothing left where it
	 * should not be: the job completes ({@code ErasureCompleted}). Records left in a
	 * category that was to be erased or anonymised: that task fails with
	 * {@code SystemErasureFailed} naming the categories and counts (never the records),
	 * the job goes back to {@link JobStatus#IN_PROGRESS}, and a person takes over; a
	 * staff retry sends the instruction again and the verification runs again after it.
	 * @return whether the job completed
	 */
	public boolean completeVerification(String requestId, Map<String, TaskVerification> results) {
		return change(requestId, (job) -> {
			if (job.status() != JobStatus.VERIFYING) {
				return Decision.nothing(false);
			}
			Instant now = this.clock.instant();
			Update update = new Update().unset("verifyAt");
			boolean leftovers = false;
			for (int i = 0; i < job.tasks().size(); i++) {
				TaskVerification result = results.get(job.tasks().get(i).systemId());
				if (result == null) {
					continue;
				}
				if (result.foundLeftovers()) {
					leftovers = true;
					String reason = "post-erasure verification: " + String.join(", ",
							result.leftovers().stream().map(TaskVerification.Leftover::toString).toList());
					failure(update, job, i, reason, job.tasks().get(i).attempts(), null);
				}
				update.set("tasks." + i + ".verification", result);
			}
			if (leftovers) {
				update.set("status", JobStatus.IN_PROGRESS);
				return Decision.write(update, false);
			}
			update.set("status", JobStatus.COMPLETED).set("completedAt", now);
			this.outbox.append(update, EventEnvelope
				.wrap(new ErasureCompleted(requestId, job.outcomesWith(null, job.tasks()), now), null, SOURCE, now));
			return Decision.write(update, true);
		});
	}

	/**
	 * Stores the signed certificate of a completed job, once.
	 * @return whether this call stored it
	 */
	public boolean storeCertificate(String requestId, String certificate) {
		return this.store.storeCertificate(requestId, certificate);
	}

	/** The update that fails a task, with its {@code SystemErasureFailed}. */
	private Update failure(ErasureJob job, int index, String reason, int attempts, EventEnvelope cause) {
		return failure(new Update(), job, index, reason, attempts, cause);
	}

	private Update failure(Update update, ErasureJob job, int index, String reason, int attempts, EventEnvelope cause) {
		Instant now = this.clock.instant();
		SystemErasureFailed failed = new SystemErasureFailed(job.requestId(), job.tasks().get(index).systemId(), reason,
				attempts, now);
		String at = "tasks." + index + ".";
		update.set(at + "status", TaskStatus.FAILED)
			.set(at + "attempts", attempts)
			.set(at + "lastError", reason)
			.set(at + "updatedAt", now)
			.unset(at + "nextAttemptAt");
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
			backOff(race);
		}
		throw new ConcurrentModificationException(
				"Erasure job of request " + requestId + " kept changing under " + MAX_RACES + " attempts");
	}

	/**
	 * Many answers of one job may race (a wide fan-out): wait a little, at random, before
	 * reading again, so that the racers spread out instead of colliding again.
	 */
	private static void backOff(int race) {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1 + Math.min(race, 10) * 5L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
