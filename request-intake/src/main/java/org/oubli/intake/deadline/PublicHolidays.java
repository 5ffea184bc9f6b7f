package org.oubli.intake.deadline;

import java.time.LocalDate;

/** The public holidays of one place. */
@FunctionalInterface
public interface PublicHolidays {

	boolean isHoliday(LocalDate date);

}
