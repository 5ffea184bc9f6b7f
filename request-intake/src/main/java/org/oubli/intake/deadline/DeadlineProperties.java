package org.oubli.intake.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline settings.
 *
 * @param jurisdiction the jurisdiction whose deadline policy new requests are opened
 * under
 */
@ConfigurationProperties("oubli.intake.deadline")
public record DeadlineProperties(@DefaultValue(CalendarMonthsPolicy.EU_FR) String jurisdiction) {

}
