package org.oubli.intake.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, except public holidays. */
public final class WorkingDays {

	private static final int MAX_DAYS_TO_ROLL = 31;

	private final PublicHolidays holidays;

	public WorkingDays(PublicHolidays holidays) {
		this.holidays = holidays;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.isHoliday(date);
	}

	/** The {@code count}-th working day after {@code start} (which is not counted). */
	public LocalDate after(LocalDate start, int count) {
		LocalDate day = start;
		int counted = 0;
		while (counted < count) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The date itself if it is a working day, otherwise the next working day. */
	public LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		for (int i = 0; i <= MAX_DAYS_TO_ROLL; i++) {
			if (isWorkingDay(day)) {
				return day;
			}
			day = day.plusDays(1);
		}
		throw new IllegalStateException("No working day within " + MAX_DAYS_TO_ROLL + " days after " + date);
	}

}
