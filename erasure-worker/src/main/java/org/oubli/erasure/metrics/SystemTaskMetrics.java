package org.oubli.erasure.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.Outcome;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.erasure.job.ErasureJob;
import org.oubli.erasure.job.ErasureJobs;
import org.oubli.kit.events.EventCodec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * {@value #TASKS}{@code {system,outcome}} and {@value #TASK_SECONDS}{@code {system}},
 * from the events the worker publishes on {@code oubli.erasure.events} once a system task
 * reaches an outcome (HTTP and Kafka systems alike): {@code SystemErased} (outcome
 * {@code erased}, {@code anonymised} or {@code retained}: the most conservative of its
 * categories) and {@code SystemErasureFailed} ({@code escalated} when no answer came in
 * time, else {@code failed}). The timer runs from the job's start (the fan-out) to the
 * receipt.
 * <p>
 * It listens in its own consumer group ({@value #GROUP}), so each event is counted once
 * across all instances (aggregate with {@code sum}), and nothing in the job's code path
 * changes. Delivery is at least once: a redelivered event (rare: after a crash before the
 * offset commit) counts twice.
 */
@Component
class SystemTaskMetrics {

	static final String TASKS = "oubli.system.tasks";

	static final String TASK_SECONDS = "oubli.system.task";

	static final String GROUP = "erasure-worker-metrics";

	/** How {@code ErasureJobs.escalate} words its reason. */
	static final String ESCALATION_PREFIX = "no answer after ";

	private final EventCodec codec;

	private final MeterRegistry meters;

	private final Function<String, Optional<Instant>> jobStarts;

	@Autowired
	SystemTaskMetrics(EventCodec codec, MeterRegistry meters, ErasureJobs jobs) {
		this(codec, meters, (requestId) -> jobs.find(requestId).map(ErasureJob::startedAt));
	}

	SystemTaskMetrics(EventCodec codec, MeterRegistry meters, Function<String, Optional<Instant>> jobStarts) {
		this.codec = codec;
		this.meters = meters;
		this.jobStarts = jobStarts;
	}

	@KafkaListener(id = GROUP, topics = Topics.ERASURE_EVENTS, groupId = GROUP)
	void onErasureEvent(ConsumerRecord<String, String> record) {
		on(this.codec.decode(record.value()));
	}

	void on(EventEnvelope event) {
		if (event.payload() instanceof SystemErased erased) {
			String system = erased.receipt().systemId();
			count(system, outcomeOf(erased.receipt().outcomes()));
			Instant done = (erased.receipt().completedAt() != null) ? erased.receipt().completedAt()
					: event.occurredAt();
			this.jobStarts.apply(event.requestId())
				.filter((started) -> !done.isBefore(started))
				.ifPresent((started) -> Timer.builder(TASK_SECONDS)
					.description("From fan-out to the system's receipt")
					.tag("system", system)
					.publishPercentileHistogram()
					.minimumExpectedValue(Duration.ofMillis(10))
					.maximumExpectedValue(Duration.ofDays(30))
					.register(this.meters)
					.record(Duration.between(started, done)));
		}
		else if (event.payload() instanceof SystemErasureFailed failed) {
			boolean escalated = failed.reason() != null && failed.reason().startsWith(ESCALATION_PREFIX);
			count(failed.systemId(), escalated ? "escalated" : "failed");
		}
	}

	private void count(String system, String outcome) {
		this.meters.counter(TASKS, "system", system, "outcome", outcome).increment();
	}

	/**
	 * One outcome for the task: {@code retained} if any category was retained, else
	 * {@code anonymised} if any was anonymised, else {@code erased}.
	 */
	static String outcomeOf(List<CategoryOutcome> outcomes) {
		List<CategoryOutcome> all = (outcomes != null) ? outcomes : List.of();
		if (all.stream().anyMatch((outcome) -> outcome.outcome() == Outcome.RETAINED)) {
			return "retained";
		}
		if (all.stream().anyMatch((outcome) -> outcome.outcome() == Outcome.ANONYMISED)) {
			return "anonymised";
		}
		return "erased";
	}

}
