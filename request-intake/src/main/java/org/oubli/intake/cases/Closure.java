package org.oubli.intake.cases;

import java.time.Instant;

import org.oubli.contracts.events.ClosureReason;

/**
 * How a case ended outside the automated path.
 *
 * @param reason why
 * @param explanation staff's explanation or reasons, shown to the subject; may be
 * {@code null}
 * @param closedAt when
 */
public record Closure(ClosureReason reason, String explanation, Instant closedAt) {

}
