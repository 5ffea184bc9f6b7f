package org.oubli.intake.cases;

import java.time.Instant;

/**
 * One thing that happened to a case.
 *
 * @param eventId the event it records; each event is recorded once
 * @param type the event type ({@code IdentityVerified})
 * @param at when it happened
 * @param summary what happened, in plain English, without personal data
 */
public record TimelineEntry(String eventId, String type, Instant at, String summary) {

}
