package org.oubli.intake.deadletters;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dead-letter inbox ({@code oubli.intake.dead-letters}).
 *
 * @param groupId the inbox's own consumer group
 * @param topicRefresh how often the consumer refreshes topic metadata, so how soon a new
 * dead-letter topic is read ({@code metadata.max.age.ms})
 * @param retryInterval pause between two attempts to store a record when the database
 * fails (retried without end: a record is never skipped)
 * @param replayTimeout how long a replay waits for the broker's acknowledgement
 * @param staleClaim after how long an unfinished replay (the instance died while sending)
 * may be decided again
 */
@ConfigurationProperties("oubli.intake.dead-letters")
record DeadLetterProperties(@DefaultValue("request-intake-dead-letters") String groupId,
		@DefaultValue("30s") Duration topicRefresh, @DefaultValue("5s") Duration retryInterval,
		@DefaultValue("15s") Duration replayTimeout, @DefaultValue("5m") Duration staleClaim) {

}
