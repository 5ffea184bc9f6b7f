package org.oubli.erasure.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.events.SystemOutcome;
import org.oubli.erasure.plan.SystemPlan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One erasure job per request (collection {@value #COLLECTION}, {@code _id} = request
 * id). The plan is frozen at fan-out; {@code tasks} follow it, index for index. Every
 * change is a single-document update conditional on {@code version}, together with the
 * outbox entries it causes.
 *
 * @param requestId the request
 * @param version bumped by every change
 * @param status where the job stands
 * @param subject whom to erase
 * @param startedAt the fan-out instant
 * @param completedAt when the last receipt was recorded
 * @param plan the frozen plan, as published in {@code ErasureStarted}
 * @param tasks per system, in plan order
 * @param processedEventIds events that changed this job
 * @param dueOn the case's statutory due date, once request-intake announced it
 * @param verifyAt while {@link JobStatus#VERIFYING}: when post-erasure verification is
 * (re)tried
 * @param certificate the signed erasure certificate (compact JWS), once issued
 */
@Document(ErasureJob.COLLECTION)
public record ErasureJob(@Id String requestId, long version, JobStatus status, JobSubject subject, Instant startedAt,
		Instant completedAt, List<PlannedSystem> plan, List<SystemTask> tasks, List<String> processedEventIds,
		java.time.LocalDate dueOn, Instant verifyAt, String certificate) {

	/** The collection. */
	public static final String COLLECTION = "erasure-jobs";

	public Optional<SystemTask> task(String systemId) {
		return this.tasks.stream().filter((task) -> task.systemId().equals(systemId)).findFirst();
	}

	int indexOf(String systemId) {
		return IntStream.range(0, this.tasks.size())
			.filter((i) -> this.tasks.get(i).systemId().equals(systemId))
			.findFirst()
			.orElseThrow(() -> new UnknownErasureException(
					"System " + systemId + " is not in the plan of request " + this.requestId));
	}

	/** The frozen plan of one system. */
	public SystemPlan planOf(String systemId) {
		int index = indexOf(systemId);
		SystemTask task = this.tasks.get(index);
		return new SystemPlan(this.plan.get(index), task.mode(), task.identifiers());
	}

	/** The instruction for one system, built from the frozen plan. */
	public ErasureInstruction instructionFor(String systemId) {
		return planOf(systemId).instruction(this.requestId, this.subject.identifiers());
	}

	public boolean hasProcessed(String eventId) {
		return eventId != null && this.processedEventIds != null && this.processedEventIds.contains(eventId);
	}

	/** Whether every task but this one is done. */
	boolean onlyOpenTaskIs(String systemId) {
		return this.tasks.stream()
			.allMatch((task) -> task.systemId().equals(systemId) || task.status() == TaskStatus.DONE);
	}

	/**
	 * What every system did, in plan order, given the receipt about to be recorded (or
	 * {@code null} when all are recorded).
	 */
	List<SystemOutcome> outcomesWith(ErasureReceipt last, List<SystemTask> tasks) {
		return IntStream.range(0, this.plan.size()).mapToObj((i) -> {
			PlannedSystem planned = this.plan.get(i);
			ErasureReceipt receipt = (last != null && planned.systemId().equals(last.systemId())) ? last
					: tasks.get(i).receipt();
			return new SystemOutcome(planned.systemId(), planned.displayName(), receipt.outcomes());
		}).toList();
	}

	/** The http tasks without an answer yet. */
	public List<SystemTask> pendingHttpTasks() {
		return this.tasks.stream().filter(SystemTask::isPendingHttp).toList();
	}

	/** The tasks (http or Kafka) without an answer yet. */
	public List<SystemTask> pendingTasks() {
		return this.tasks.stream().filter(SystemTask::isPending).toList();
	}

	/** The Kafka tasks without an answer yet. */
	public List<SystemTask> pendingKafkaTasks() {
		return this.tasks.stream().filter(SystemTask::isPendingKafka).toList();
	}

	/**
	 * When a task escalates: its own time, or for a job stored before tasks had one,
	 * {@code fallback} after the job started.
	 */
	public Instant escalateAtOf(SystemTask task, Duration fallback) {
		return (task.escalateAt() != null) ? task.escalateAt() : this.startedAt.plus(fallback);
	}

	/**
	 * Whether a pending task has run out of time at {@code now}: its escalation time (the
	 * margin before the due date) has come.
	 */
	boolean isOverdue(SystemTask task, Instant now, Duration fallback) {
		return task.isPending() && !escalateAtOf(task, fallback).isAfter(now);
	}

	/** The tasks reached over http. */
	public List<SystemTask> httpTasks() {
		return this.tasks.stream()
			.filter((task) -> task.mode() == org.oubli.erasure.registry.IntegrationMode.HTTP)
			.toList();
	}

}
