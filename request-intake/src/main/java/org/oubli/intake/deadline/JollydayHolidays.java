package org.oubli.intake.deadline;

import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays from the jollyday library's calendars (national holidays only, no
 * regional ones such as Alsace-Moselle's).
 */
public final class JollydayHolidays implements PublicHolidays {

	private final HolidayManager manager;

	private JollydayHolidays(HolidayManager manager) {
		this.manager = manager;
	}

	public static JollydayHolidays of(HolidayCalendar calendar) {
		return new JollydayHolidays(HolidayManager.getInstance(ManagerParameters.create(calendar)));
	}

	@Override
	public boolean isHoliday(LocalDate date) {
		return this.manager.isHoliday(date, HolidayType.PUBLIC_HOLIDAY);
	}

}
