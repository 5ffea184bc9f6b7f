package org.oubli.intake.deadletters;

import java.time.Instant;
import java.util.List;

/**
 * What staff see of dead letters: where they come from, what they are about and why they
 * failed, never the payload (only its size).
 */
final class DeadLetterViews {

	/** Where a staff member reads a case. */
	static final String CASE_PAGE = "/staff/console/cases/";

	private DeadLetterViews() {
	}

	/** One dead letter in a list. */
	record Summary(String id, DeadLetter.Status status, String sourceTopic, String consumerGroup, String eventType,
			String requestId, String reason, Instant receivedAt, long size, DeadLetter.Resolution resolution,
			String caseLink) {

		static Summary of(DeadLetter letter) {
			return new Summary(letter.id(), letter.status(), letter.sourceTopic(), letter.originalConsumerGroup(),
					letter.eventType(), letter.requestId(), letter.reason(), letter.receivedAt(), letter.size(),
					letter.resolution(), DeadLetterViews.caseLink(letter));
		}

	}

	/** One dead letter in full, payload aside: its size and the names of its headers. */
	record Detail(String id, DeadLetter.Status status, String sourceTopic, String dltTopic, int dltPartition,
			long dltOffset, Instant dltTimestamp, Integer originalPartition, Long originalOffset,
			String originalConsumerGroup, String requestId, String eventType, String eventId, String reason,
			String exceptionClass, Instant receivedAt, long size, boolean hasKey, List<String> headerNames,
			DeadLetter.Resolution resolution, String caseLink) {

		static Detail of(DeadLetter letter) {
			return new Detail(letter.id(), letter.status(), letter.sourceTopic(), letter.dltTopic(),
					letter.dltPartition(), letter.dltOffset(), letter.dltTimestamp(), letter.originalPartition(),
					letter.originalOffset(), letter.originalConsumerGroup(), letter.requestId(), letter.eventType(),
					letter.eventId(), letter.reason(), letter.exceptionClass(), letter.receivedAt(), letter.size(),
					letter.key() != null, letter.headers().stream().map(DeadLetter.RawHeader::name).toList(),
					letter.resolution(), DeadLetterViews.caseLink(letter));
		}

	}

	static String caseLink(DeadLetter letter) {
		return (letter.requestId() != null) ? CASE_PAGE + letter.requestId() : null;
	}

}
