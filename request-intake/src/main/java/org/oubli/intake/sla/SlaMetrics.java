package org.oubli.intake.sla;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.oubli.contracts.events.SlaState;

import org.springframework.stereotype.Component;

/**
 * {@value #OPEN}{@code {sla_state}}: open cases per SLA state, as counted in the database
 * by the last refresh (every instance counts the same documents, so instances report the
 * same figure: aggregate with {@code max}, not {@code sum}). Not a number until the first
 * count.
 */
@Component
public class SlaMetrics {

	/** Gauge name (Prometheus: {@code oubli_cases_open}). */
	public static final String OPEN = "oubli.cases.open";

	/** Tag of the gauge. */
	public static final String STATE_TAG = "sla_state";

	private static final long UNKNOWN = -1;

	private final Map<SlaState, AtomicLong> open = new EnumMap<>(SlaState.class);

	public SlaMetrics(MeterRegistry meters) {
		for (SlaState state : SlaState.values()) {
			AtomicLong count = new AtomicLong(UNKNOWN);
			this.open.put(state, count);
			Gauge.builder(OPEN, count, (value) -> (value.get() == UNKNOWN) ? Double.NaN : value.get())
				.description("Open cases by SLA state (database count; aggregate instances with max)")
				.tag(STATE_TAG, tag(state))
				.register(meters);
		}
	}

	/** Sets the gauges to fresh counts. */
	public void refresh(Map<SlaState, Long> counts) {
		counts.forEach((state, count) -> this.open.get(state).set(count));
	}

	/** The metric tag of a state ({@code on_track}). */
	public static String tag(SlaState state) {
		return state.name().toLowerCase(Locale.ROOT);
	}

}
