package org.oubli.intake.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import de.focus_shift.jollyday.core.HolidayCalendar;

/**
 * A period of whole calendar months as Regulation (EEC, Euratom) No 1182/71 counts it:
 * the day of receipt is not counted (Art. 3(1)); the period ends on the day of the last
 * month bearing the same date as the day of receipt, or on the last day of that month
 * when it has no such date (Art. 3(2)(c)); a last day that is a Saturday, Sunday or
 * public holiday moves to the next working day (Art. 3(4)). Days are counted in the
 * controller's time zone.
 */
public final class CalendarMonthsPolicy implements DeadlinePolicy {

	/** GDPR Art. 12(3) in France: one month, French public holidays, Paris time. */
	public static final String EU_FR = "EU-FR";

	private final String jurisdiction;

	private final String source;

	private final boolean verified;

	private final ZoneId zone;

	private final int months;

	private final WorkingDays workingDays;

	public CalendarMonthsPolicy(String jurisdiction, String source, boolean verified, ZoneId zone, int months,
			WorkingDays workingDays) {
		if (months < 1) {
			throw new IllegalArgumentException("A period of at least one month is needed");
		}
		this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
		this.source = Objects.requireNonNull(source, "source");
		this.verified = verified;
		this.zone = Objects.requireNonNull(zone, "zone");
		this.months = months;
		this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
	}

	/** The GDPR one-month period for a controller in France. */
	public static CalendarMonthsPolicy gdprFrance() {
		return new CalendarMonthsPolicy(EU_FR,
				"GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71 Art. 2(1), 3(1), 3(2)(c), 3(4);"
						+ " EDPB Guidelines 01/2022 v2.1 §§160-161; French public holidays (Code du travail"
						+ " L3133-1), without Alsace-Moselle's",
				true, ZoneId.of("Europe/Paris"), 1, new WorkingDays(JollydayHolidays.of(HolidayCalendar.FRANCE)));
	}

	@Override
	public String jurisdiction() {
		return this.jurisdiction;
	}

	@Override
	public String source() {
		return this.source;
	}

	@Override
	public boolean verified() {
		return this.verified;
	}

	@Override
	public ZoneId zone() {
		return this.zone;
	}

	/** The number of calendar months of the period. */
	public int months() {
		return this.months;
	}

	@Override
	public LocalDate dueOn(Instant receivedAt) {
		return dueOn(dateOf(receivedAt));
	}

	/**
	 * The due date of a request received on {@code receivedOn} (controller's calendar).
	 */
	public LocalDate dueOn(LocalDate receivedOn) {
		// plusMonths keeps the day of month and clamps it to the last day of a shorter
		// month
		return this.workingDays.onOrAfter(receivedOn.plusMonths(this.months));
	}

	@Override
	public String toString() {
		return "CalendarMonthsPolicy[" + this.jurisdiction + ", " + this.months + " month(s), " + this.zone + "]";
	}

}
