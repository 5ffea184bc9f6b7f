package org.oubli.intake.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GDPR "one month" in France (the EU-FR policy of the bundled policy file):
 * Regulation 1182/71 counting, French public holidays, Paris time. Weekdays of every
 * expected date were checked against a calendar.
 */
class GdprFranceDeadlineTest {

	private final StatutoryPolicy policy = (StatutoryPolicy) PolicyFile.bundled().get("EU-FR");

	@Test
	void describesItself() {
		assertThat(this.policy.jurisdiction()).isEqualTo("EU-FR");
		assertThat(this.policy.zone().getId()).isEqualTo("Europe/Paris");
		assertThat(this.policy.period()).isEqualTo(Period.parse("1 MONTHS"));
		assertThat(this.policy.extension()).isEqualTo(Period.parse("2 MONTHS"));
		assertThat(this.policy.identityWait()).isEqualTo(IdentityWait.PAUSE);
		assertThat(this.policy.source()).contains("1182/71").contains("Art. 12(3)");
		assertThat(this.policy.verified()).isTrue();
	}

	@Nested
	class EdpbExamples {

		@Test
		void fifthOfMarchIsDueOnTheFifthOfApril() {
			// EDPB 01/2022 example 32; 5 April 2024 is a Friday
			assertThat(due("2024-03-05")).isEqualTo("2024-04-05");
		}

		@Test
		void thirtyFirstOfAugustIsDueOnTheThirtiethOfSeptember() {
			// EDPB 01/2022 example 33; 30 September 2024 is a Monday
			assertThat(due("2024-08-31")).isEqualTo("2024-09-30");
		}

	}

	@Nested
	class MonthEnds {

		@Test
		void thirtyFirstOfJanuaryIsDueOnTheTwentyEighthOfFebruaryInACommonYear() {
			assertThat(due("2025-01-31")).isEqualTo("2025-02-28");
		}

		@Test
		void thirtyFirstOfJanuaryIsDueOnTheTwentyNinthOfFebruaryInALeapYear() {
			assertThat(due("2024-01-31")).isEqualTo("2024-02-29");
		}

		@ParameterizedTest(name = "received {0}, due {1}")
		@CsvSource({ "2025-01-29, 2025-02-28", "2025-01-30, 2025-02-28", "2024-01-30, 2024-02-29",
				"2026-03-31, 2026-04-30", "2026-05-31, 2026-06-30", "2026-10-31, 2026-11-30",
				"2024-12-31, 2025-01-31" })
		void areClampedToTheLastDayOfAShorterMonth(String received, String expected) {
			assertThat(due(received)).isEqualTo(expected);
		}

		@Test
		void theSameDateExistsInALongerMonth() {
			// 30 April -> 30 May, not 31 May: the same date, not the month's end
			assertThat(due("2024-04-30")).isEqualTo("2024-05-30");
		}

	}

	@Nested
	class Weekends {

		@Test
		void aSaturdayMovesToMonday() {
			// 7 March 2026 is a Saturday
			assertThat(due("2026-02-07")).isEqualTo("2026-03-09");
		}

		@Test
		void aSundayMovesToMonday() {
			// 8 February 2026 is a Sunday
			assertThat(due("2026-01-08")).isEqualTo("2026-02-09");
		}

		@Test
		void theReceiptDayItselfMayBeAWeekend() {
			// received on Saturday 7 February 2026: counting starts the next day all the
			// same; 7 March is a Saturday too
			assertThat(due("2026-02-07")).isEqualTo("2026-03-09");
			assertThat(due("2026-02-09")).isEqualTo("2026-03-09");
		}

	}

	@Nested
	class FrenchPublicHolidays {

		@ParameterizedTest(name = "{2}: received {0}, due {1}")
		@CsvSource({ "2025-12-01, 2026-01-02, New Year's Day (Thursday)",
				"2024-04-01, 2024-05-02, Labour Day (Wednesday 1 May)",
				"2025-04-08, 2025-05-09, Victory in Europe Day (Thursday 8 May)",
				"2026-06-14, 2026-07-15, Bastille Day (Tuesday 14 July)",
				"2024-07-15, 2024-08-16, Assumption (Thursday 15 August)",
				"2025-10-11, 2025-11-12, Armistice Day (Tuesday 11 November)",
				"2025-11-25, 2025-12-26, Christmas Day (Thursday); 26 December is a working day in France",
				"2025-03-21, 2025-04-22, Easter Monday (21 April 2025)",
				"2025-04-29, 2025-05-30, Ascension Day (Thursday 29 May 2025)",
				"2025-05-09, 2025-06-10, Whit Monday (9 June 2025)" })
		void moveToTheNextWorkingDay(String received, String expected, String holiday) {
			assertThat(due(received)).isEqualTo(expected);
		}

		@Test
		void aHolidayOnFridayMovesPastTheWeekend() {
			// All Saints' Day 2024 is a Friday: Friday, Saturday, Sunday, then Monday 4th
			assertThat(due("2024-10-01")).isEqualTo("2024-11-04");
			// Labour Day 2026 is a Friday too
			assertThat(due("2026-04-01")).isEqualTo("2026-05-04");
		}

		@Test
		void aWeekendBeforeAHolidayMovesPastBoth() {
			// Saturday 4 April 2026, Sunday 5 (Easter), Monday 6 (Easter Monday) ->
			// Tuesday 7
			assertThat(due("2026-03-04")).isEqualTo("2026-04-07");
		}

		@Test
		void aWeekdayThatIsNoHolidayStays() {
			// Friday 26 December and Monday 1 June 2026 are working days
			assertThat(due("2025-11-26")).isEqualTo("2025-12-26");
			assertThat(due("2026-05-01")).isEqualTo("2026-06-01");
		}

	}

	@Nested
	class ParisTime {

		@Test
		void lateEveningUtcAlreadyTheNextDayInParisCountsFromTheParisDate() {
			// 23:30 UTC on 4 March is 00:30 on 5 March in Paris (UTC+1)
			assertThat(this.dueAt("2024-03-04T23:30:00Z")).isEqualTo("2024-04-05");
		}

		@Test
		void lateEveningInParisStaysOnThatDay() {
			// 22:30 UTC on 4 March is 23:30 on 4 March in Paris
			assertThat(this.dueAt("2024-03-04T22:30:00Z")).isEqualTo("2024-04-04");
		}

		@Test
		void summerTimeIsTwoHoursAheadOfUtc() {
			// 22:30 UTC on 30 August is 00:30 on 31 August in Paris (UTC+2)
			assertThat(this.dueAt("2024-08-30T22:30:00Z")).isEqualTo("2024-09-30");
			// 21:30 UTC is still 23:30 on 30 August: due 30 September as well, by the
			// same
			// date rule
			assertThat(this.dueAt("2024-08-30T21:30:00Z")).isEqualTo("2024-09-30");
			// 21:30 UTC on 29 August: 29 September 2024 is a Sunday -> Monday 30
			assertThat(this.dueAt("2024-08-29T21:30:00Z")).isEqualTo("2024-09-30");
		}

		private LocalDate dueAt(String instant) {
			return GdprFranceDeadlineTest.this.policy.dueOn(Instant.parse(instant));
		}

	}

	private LocalDate due(String receivedOn) {
		return this.policy.dueOn(LocalDate.parse(receivedOn));
	}

}
