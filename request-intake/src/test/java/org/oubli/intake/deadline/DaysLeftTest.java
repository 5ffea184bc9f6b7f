package org.oubli.intake.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Days left are counted on the controller's calendar, from an injected clock. */
class DaysLeftTest {

	private final DeadlinePolicy policy = PolicyFile.bundled().get("EU-FR");

	private final LocalDate dueOn = LocalDate.parse("2024-04-05");

	@Test
	void countsWholeDaysFromTodayInParis() {
		assertThat(this.policy.daysLeft(this.dueOn, at("2024-03-05T09:00:00Z"))).isEqualTo(31);
	}

	@Test
	void isZeroOnTheDueDate() {
		assertThat(this.policy.daysLeft(this.dueOn, at("2024-04-05T21:59:00Z"))).isZero();
	}

	@Test
	void isNegativeOnceTheDueDateHasPassedInParis() {
		// 22:30 UTC on 5 April is already 6 April in Paris (UTC+2)
		assertThat(this.policy.daysLeft(this.dueOn, at("2024-04-05T22:30:00Z"))).isEqualTo(-1);
	}

	@Test
	void aReceiptLateInTheUtcEveningIsAlreadyTheNextDay() {
		Instant receivedAt = Instant.parse("2024-03-04T23:30:00Z");
		LocalDate due = this.policy.dueOn(receivedAt);
		assertThat(this.policy.daysLeft(due, Clock.fixed(receivedAt, ZoneOffset.UTC))).isEqualTo(31);
	}

	private static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

}
