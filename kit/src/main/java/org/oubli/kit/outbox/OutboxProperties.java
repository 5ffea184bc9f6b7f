package org.oubli.kit.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox relay settings.
 *
 * @param collections the collections whose documents carry an outbox
 * @param pollInterval how often the relay looks for pending events when nobody woke it up
 * @param batchSize how many documents one pass takes
 */
@ConfigurationProperties("oubli.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("200") int batchSize) {

}
