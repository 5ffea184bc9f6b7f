package org.oubli.intake.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;

import org.springframework.stereotype.Component;

/**
 * {@value #METRIC}{@code {type,outcome}}: from receipt to the terminal state, recorded
 * once, by the change that moves a case into a terminal status ({@code COMPLETED} ->
 * {@code completed}, {@code CLOSED} -> {@code closed}).
 */
@Component
public class CaseCompletions {

	/** Timer name (Prometheus: {@code oubli_case_completion_seconds}). */
	public static final String METRIC = "oubli.case.completion";

	private final MeterRegistry meters;

	public CaseCompletions(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Records the completion time if this change moved the case into a terminal status.
	 * @param before the case as it was before the change
	 * @param to the status the change set, or {@code null} when it kept it
	 * @param at when the change was applied
	 */
	public void changed(CaseDocument before, CaseStatus to, Instant at) {
		if (to == null || before.receivedAt() == null || !SlaClassifier.isTerminal(to.name())
				|| (before.status() != null && SlaClassifier.isTerminal(before.status().name()))) {
			return;
		}
		Timer.builder(METRIC)
			.description("Time from receipt to the terminal state")
			.tag("type", before.type().name().toLowerCase(Locale.ROOT))
			.tag("outcome", to.name().toLowerCase(Locale.ROOT))
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMinutes(1))
			.maximumExpectedValue(Duration.ofDays(120))
			.register(this.meters)
			.record(Duration.between(before.receivedAt(), at));
	}

}
