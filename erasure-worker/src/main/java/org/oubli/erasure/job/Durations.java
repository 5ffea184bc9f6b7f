package org.oubli.erasure.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations as staff read them: {@code 3 days}, {@code 1 hour 30 minutes}. */
final class Durations {

	private Durations() {
	}

	static String describe(Duration duration) {
		List<String> parts = new ArrayList<>();
		add(parts, duration.toDaysPart(), "day");
		add(parts, duration.toHoursPart(), "hour");
		add(parts, duration.toMinutesPart(), "minute");
		add(parts, duration.toSecondsPart(), "second");
		return parts.isEmpty() ? duration.toMillis() + " ms" : String.join(" ", parts);
	}

	private static void add(List<String> parts, long amount, String unit) {
		if (amount != 0) {
			parts.add(amount + " " + unit + ((amount == 1) ? "" : "s"));
		}
	}

}
