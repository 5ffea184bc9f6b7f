package org.oubli.intake.cases;

import java.time.LocalDate;

/**
 * The acknowledgement timer of a formal complaint, separate from the statutory deadline:
 * the privacy-policy promise to acknowledge a formal complaint within 10 working days of
 * its receipt (stricter than the UK's 30 days; the GDPR sets none).
 *
 * @param acknowledgeBy the last day to acknowledge it (controller's calendar)
 */
public record Complaint(LocalDate acknowledgeBy) {

}
