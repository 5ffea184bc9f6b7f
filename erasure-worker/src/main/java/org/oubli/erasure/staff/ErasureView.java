package org.oubli.erasure.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.SystemTask;
import org.oubli.erasure.job.TaskVerification;

/**
 * An erasure job as staff see it: no subject identifiers.
 *
 * @param requestId the request
 * @param status the job's status
 * @param dueOn the statutory due date, if known
 * @param startedAt fan-out
 * @param completedAt completion
 * @param certificateAvailable whether the certificate can be downloaded
 * @param tasks per system
 */
record ErasureView(String requestId, String status, LocalDate dueOn, Instant startedAt, Instant completedAt,
		boolean certificateAvailable, List<TaskView> tasks) {

	static ErasureView of(ErasureJob job, java.time.Duration fallback) {
		List<TaskView> tasks = job.tasks()
			.stream()
			.map((task) -> TaskView.of(task, job.planOf(task.systemId()).planned().categories(),
					job.escalateAtOf(task, fallback)))
			.toList();
		return new ErasureView(job.requestId(), job.status().name(), job.dueOn(), job.startedAt(), job.completedAt(),
				job.status() == org.oubli.erasure.job.JobStatus.COMPLETED, tasks);
	}

	/**
	 * One system's task.
	 *
	 * @param systemId the system
	 * @param mode how it is reached
	 * @param status PENDING, DONE, FAILED or CANCELLED
	 * @param staffTask whether staff must record its outcome
	 * @param attempts instructions sent
	 * @param lastError the last failure
	 * @param nextAttemptAt the next durable retry (http)
	 * @param escalateAt when it goes to a person if still pending
	 * @param categories what was instructed
	 * @param outcomes what was reported
	 * @param verification what post-erasure verification found
	 */
	record TaskView(String systemId, String mode, String status, boolean staffTask, int attempts, String lastError,
			Instant nextAttemptAt, Instant escalateAt, List<CategoryInstruction> categories,
			List<CategoryOutcome> outcomes, TaskVerification verification) {

		static TaskView of(SystemTask task, List<CategoryInstruction> categories, Instant escalateAt) {
			return new TaskView(task.systemId(), task.mode().wireName(), task.status().name(), task.isStaffTask(),
					task.attempts(), task.lastError(), task.nextAttemptAt(), escalateAt, categories,
					(task.receipt() != null) ? task.receipt().outcomes() : List.of(), task.verification());
		}

	}

}
