package org.oubli.erasure.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErased;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.kit.events.EventCodec;

import static org.assertj.core.api.Assertions.assertThat;

class SystemTaskMetricsTest {

	private static final String REQUEST = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";

	private static final Instant STARTED = Instant.parse("2026-03-02T08:00:00Z");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final SystemTaskMetrics metrics = new SystemTaskMetrics(new EventCodec(), this.meters,
			(requestId) -> REQUEST.equals(requestId) ? Optional.of(STARTED) : Optional.empty());

	@Test
	void aReceiptCountsItsMostConservativeOutcomeAndTimesTheTaskFromTheFanOut() {
		this.metrics.on(erased("payments", STARTED.plusSeconds(90), CategoryOutcome.erased("cards", 1),
				CategoryOutcome.retained("invoices", "Code de commerce", LocalDate.parse("2036-03-02"), 3)));
		this.metrics.on(erased("profiles", STARTED.plusSeconds(30),
				CategoryOutcome.anonymised("profile", "placeholder", 1), CategoryOutcome.erased("photos", 2)));
		this.metrics.on(erased("messaging", STARTED.plusSeconds(60), CategoryOutcome.erased("messages", 4)));

		assertThat(count("payments", "retained")).isEqualTo(1);
		assertThat(count("profiles", "anonymised")).isEqualTo(1);
		assertThat(count("messaging", "erased")).isEqualTo(1);
		Timer payments = this.meters.get(SystemTaskMetrics.TASK_SECONDS).tag("system", "payments").timer();
		assertThat(payments.count()).isEqualTo(1);
		assertThat(payments.totalTime(TimeUnit.SECONDS)).isEqualTo(90.0);
	}

	@Test
	void aFailureCountsAsFailedOrEscalated() {
		this.metrics.on(envelope(new SystemErasureFailed(REQUEST, "payments", "HTTP 503 from the system", 5, STARTED)));
		this.metrics.on(envelope(new SystemErasureFailed(REQUEST, "messaging",
				SystemTaskMetrics.ESCALATION_PREFIX + "3 days (Kafka system)", 0, STARTED)));

		assertThat(count("payments", "failed")).isEqualTo(1);
		assertThat(count("messaging", "escalated")).isEqualTo(1);
		assertThat(this.meters.find(SystemTaskMetrics.TASK_SECONDS).timers()).isEmpty();
	}

	@Test
	void aReceiptForAnUnknownJobIsCountedButNotTimed() {
		this.metrics.on(envelope(new SystemErased("7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
				new ErasureReceipt("7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "payments", "key", STARTED,
						List.of(CategoryOutcome.erased("cards", 1))))));

		assertThat(count("payments", "erased")).isEqualTo(1);
		assertThat(this.meters.find(SystemTaskMetrics.TASK_SECONDS).timers()).isEmpty();
	}

	private double count(String system, String outcome) {
		return this.meters.get(SystemTaskMetrics.TASKS).tag("system", system).tag("outcome", outcome).counter().count();
	}

	private static EventEnvelope erased(String system, Instant at, CategoryOutcome... outcomes) {
		return envelope(new SystemErased(REQUEST, new ErasureReceipt(REQUEST, system, "key", at, List.of(outcomes))));
	}

	private static EventEnvelope envelope(org.oubli.contracts.events.OubliEvent payload) {
		return EventEnvelope.wrap(payload, null, "erasure-worker", STARTED.plus(Duration.ofHours(1)));
	}

}
