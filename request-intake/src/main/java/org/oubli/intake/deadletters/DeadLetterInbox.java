package org.oubli.intake.deadletters;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads every dead-letter topic ({@code oubli.<...>.DLT}, new ones included: the pattern
 * is matched again at every metadata refresh) as raw bytes in its own consumer group and
 * stores each record once. Nothing here parses the value: it is there because it could
 * not be handled. A storage failure is retried until it works (the record is never
 * skipped); the value is never logged.
 */
class DeadLetterInbox {

	/** The listener id. */
	static final String LISTENER_ID = "request-intake-dead-letters";

	/**
	 * Every dead-letter topic of an Oubli topic ({@code oubli.x.y.DLT}), but not a
	 * dead-letter topic's own ({@code ....DLT.DLT}).
	 */
	static final String TOPIC_PATTERN = "oubli\\..+(?<!\\.DLT)\\.DLT";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterInbox.class);

	private final DeadLetterStore store;

	private final Clock clock;

	DeadLetterInbox(DeadLetterStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@KafkaListener(id = LISTENER_ID, topicPattern = TOPIC_PATTERN,
			containerFactory = DeadLetterConfiguration.CONTAINER_FACTORY)
	void onDeadLetter(ConsumerRecord<byte[], byte[]> record) {
		DeadLetter letter = DeadLetterRecords.of(record, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		if (this.store.insertOnce(letter)) {
			log.info("Dead letter {} stored: {}-{}@{}, source {}, event type {}, request {}, {} bytes", letter.id(),
					letter.dltTopic(), letter.dltPartition(), letter.dltOffset(), letter.sourceTopic(),
					letter.eventType(), letter.requestId(), letter.size());
		}
		else {
			log.debug("Dead letter {} already stored", letter.id());
		}
	}

}
