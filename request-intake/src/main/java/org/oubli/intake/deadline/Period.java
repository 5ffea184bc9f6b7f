package org.oubli.intake.deadline;

import java.util.Objects;

/**
 * A length of time counted from a start date.
 *
 * @param amount how many units
 * @param unit the unit
 */
public record Period(int amount, PeriodUnit unit) {

	public Period {
		Objects.requireNonNull(unit, "unit");
		if (amount < 1) {
			throw new IllegalArgumentException("A period needs a positive amount");
		}
	}

	/** Parses {@code "1 MONTHS"}, {@code "45 DAYS"}, {@code "10 WORKING_DAYS"}. */
	public static Period parse(String text) {
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A period is written '<amount> <unit>', e.g. '1 MONTHS'");
		}
		return new Period(Integer.parseInt(parts[0]), PeriodUnit.valueOf(parts[1]));
	}

	/**
	 * The last day of the period started on {@code start} (the day of receipt, not
	 * counted), before any move to a working day.
	 */
	public java.time.LocalDate endFrom(java.time.LocalDate start, WorkingDays workingDays) {
		return switch (this.unit) {
			// plusMonths keeps the day of month and clamps it to the end of a shorter
			// month
			case MONTHS -> start.plusMonths(this.amount);
			case DAYS -> start.plusDays(this.amount);
			case CLEAR_DAYS -> start.plusDays(this.amount + 1L);
			case WORKING_DAYS -> workingDays.after(start, this.amount);
		};
	}

	/** This period followed by {@code extension}: one period when the units match. */
	public Period plus(Period extension) {
		if (extension.unit != this.unit) {
			throw new IllegalArgumentException("An extension must be counted in the unit of the period");
		}
		return new Period(this.amount + extension.amount, this.unit);
	}

	@Override
	public String toString() {
		return this.amount + " " + this.unit;
	}

}
