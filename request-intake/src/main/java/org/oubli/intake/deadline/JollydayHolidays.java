package org.oubli.intake.deadline;

import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays from the jollyday library's calendars: a country's, optionally with one
 * subdivision's (a province, state or canton: {@code qc}, {@code ca}, {@code zh}).
 * Islamic holidays are computed by jollyday from the tabular Hijri calendar and may
 * differ by a day from the date officially announced after the moon sighting.
 */
public final class JollydayHolidays implements PublicHolidays {

	private final HolidayManager manager;

	private final String[] subdivision;

	private JollydayHolidays(HolidayManager manager, String[] subdivision) {
		this.manager = manager;
		this.subdivision = subdivision;
	}

	/** The national holidays of a country. */
	public static JollydayHolidays of(HolidayCalendar calendar) {
		return of(calendar, null);
	}

	/** A country's holidays with those of one subdivision ({@code null} for none). */
	public static JollydayHolidays of(HolidayCalendar calendar, String subdivision) {
		String[] args = (subdivision == null || subdivision.isBlank()) ? new String[0] : new String[] { subdivision };
		return new JollydayHolidays(HolidayManager.getInstance(ManagerParameters.create(calendar)), args);
	}

	@Override
	public boolean isHoliday(LocalDate date) {
		return this.manager.isHoliday(date, HolidayType.PUBLIC_HOLIDAY, this.subdivision);
	}

}
