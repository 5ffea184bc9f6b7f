package org.oubli.intake.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCompletionsTest {

	private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CaseCompletions completions = new CaseCompletions(this.meters);

	@Test
	void recordsTheTimeFromReceiptWhenACaseCompletes() {
		this.completions.changed(inStatus(CaseStatus.IN_PROGRESS), CaseStatus.COMPLETED,
				RECEIVED.plus(Duration.ofDays(3)));

		Timer timer = this.meters.get(CaseCompletions.METRIC)
			.tag("type", "erasure")
			.tag("outcome", "completed")
			.timer();
		assertThat(timer.count()).isEqualTo(1);
		assertThat(timer.totalTime(java.util.concurrent.TimeUnit.DAYS)).isEqualTo(3.0);
	}

	@Test
	void recordsNothingForAChangeThatIsNotACompletion() {
		this.completions.changed(inStatus(CaseStatus.IN_PROGRESS), CaseStatus.NEEDS_ATTENTION, RECEIVED);
		this.completions.changed(inStatus(CaseStatus.IN_PROGRESS), null, RECEIVED);
		this.completions.changed(inStatus(CaseStatus.COMPLETED), CaseStatus.COMPLETED, RECEIVED);

		assertThat(this.meters.find(CaseCompletions.METRIC).timers()).isEmpty();
	}

	private static CaseDocument inStatus(CaseStatus status) {
		return new CaseDocument("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", RequestType.ERASURE, null, "api", "EU-FR",
				RECEIVED, LocalDate.parse("2026-04-02"), status, List.of(), List.of(), List.of(), List.of(), 1);
	}

}
