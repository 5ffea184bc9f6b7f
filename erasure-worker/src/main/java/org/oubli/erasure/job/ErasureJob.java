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
 */
@Document(ErasureJob.COLLECTION)
public record ErasureJob(@Id String requestId, long version, JobStatus status, JobSubject subject, Instant startedAt,
		Instant completedAt, List<PlannedSystem> plan, List<SystemTask> tasks, List<String> processedEventIds) {

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

	/** What every system did, in plan order, given the receipt about to be recorded. */
	List<SystemOutcome> outcomesWith(ErasureReceipt last) {
		return IntStream.range(0, this.plan.size()).mapToObj((i) -> {
			PlannedSystem planned = this.plan.get(i);
			ErasureReceipt receipt = planned.systemId().equals(last.systemId()) ? last : this.tasks.get(i).receipt();
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
	 * Whether a pending task has waited too long for an answer at {@code now}:
	 * {@code escalateAfter} has passed since the job started.
	 */
	boolean isOverdue(SystemTask task, Instant now, Duration escalateAfter) {
		return task.isPending() && !this.startedAt.plus(escalateAfter).isAfter(now);
	}

}
