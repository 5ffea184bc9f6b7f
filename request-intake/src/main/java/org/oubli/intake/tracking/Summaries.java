package org.oubli.intake.tracking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.Outcome;
import org.oubli.contracts.events.PlannedSystem;

/**
 * Short English texts for timeline entries. They carry no personal data: only ids,
 * counts, dates and the reasons other services already write without personal data.
 */
final class Summaries {

	private static final int MAX_REASON_LENGTH = 200;

	private Summaries() {
	}

	static String systems(List<PlannedSystem> plan) {
		return plan.size() + ((plan.size() == 1) ? " system: " : " systems: ")
				+ plan.stream().map(PlannedSystem::systemId).collect(Collectors.joining(", "));
	}

	static String outcomes(List<CategoryOutcome> outcomes) {
		if (outcomes == null || outcomes.isEmpty()) {
			return "nothing held";
		}
		Map<Outcome, Long> counts = outcomes.stream()
			.collect(Collectors.groupingBy(CategoryOutcome::outcome, TreeMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.map((count) -> count.getValue() + " " + count.getKey().name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			return "no reason given";
		}
		String oneLine = reason.replaceAll("\\s+", " ").trim();
		return (oneLine.length() > MAX_REASON_LENGTH) ? oneLine.substring(0, MAX_REASON_LENGTH) + "..." : oneLine;
	}

}
