package org.oubli.intake.deadline;

import java.time.LocalDate;
import java.util.Set;

import de.focus_shift.jollyday.core.HolidayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days and the French public holidays from jollyday. */
class WorkingDaysTest {

	@Test
	void franceHasElevenPublicHolidaysIn2025() {
		PublicHolidays france = JollydayHolidays.of(HolidayCalendar.FRANCE);
		assertThat(LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2026-01-01")).filter(france::isHoliday))
			.map(LocalDate::toString)
			.containsExactly("2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
					"2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25");
	}

	@Test
	void rollsPastWeekendsAndHolidays() {
		WorkingDays days = new WorkingDays(Set.of(LocalDate.parse("2026-03-09"))::contains);
		assertThat(days.onOrAfter(LocalDate.parse("2026-03-06"))).isEqualTo("2026-03-06");
		assertThat(days.onOrAfter(LocalDate.parse("2026-03-07"))).isEqualTo("2026-03-10");
	}

}
