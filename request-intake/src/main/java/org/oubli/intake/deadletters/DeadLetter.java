package org.oubli.intake.deadletters;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A record found on a dead-letter topic, stored in {@value #COLLECTION}. The raw key,
 * value and headers are kept as they were (BSON binary) so that the record can be
 * replayed byte for byte; they may hold personal data and are never logged or shown.
 *
 * @param id a UUID derived from the dead-letter topic, partition, offset and timestamp,
 * so a record read twice is stored once
 * @param status where it stands
 * @param sourceTopic the topic the record failed on (the one a replay goes to)
 * @param dltTopic the dead-letter topic it was read from
 * @param dltPartition its partition there
 * @param dltOffset its offset there
 * @param dltTimestamp the timestamp of the dead-letter record
 * @param originalPartition the partition on the source topic ({@code null} if not said)
 * @param originalOffset the offset on the source topic ({@code null} if not said)
 * @param originalConsumerGroup the consumer group that gave up on it, if said
 * @param requestId the request it is about, when the key (or the CloudEvents subject) is
 * a request id
 * @param eventType the CloudEvents type header, if any
 * @param eventId the CloudEvents id header, if any
 * @param reason the kit's dead-letter reason (Oubli's own poison text or a class name)
 * @param exceptionClass the class of the failure, if said
 * @param receivedAt when the inbox stored it
 * @param size the value's size in bytes
 * @param key the raw key, or {@code null}
 * @param value the raw value, or {@code null} (a tombstone)
 * @param headers the raw headers, in order
 * @param resolution the person's decision, once taken (or being carried out)
 */
@Document(DeadLetter.COLLECTION)
@PersonalData
public record DeadLetter(@Id String id, Status status, String sourceTopic, String dltTopic, int dltPartition,
		long dltOffset, Instant dltTimestamp, Integer originalPartition, Long originalOffset,
		String originalConsumerGroup, String requestId, String eventType, String eventId, String reason,
		String exceptionClass, Instant receivedAt, long size, byte[] key, byte[] value, List<RawHeader> headers,
		Resolution resolution) {

	/** The collection. */
	public static final String COLLECTION = "dead_letters";

	public DeadLetter {
		headers = (headers != null) ? List.copyOf(headers) : List.of();
	}

	@Override
	public String toString() {
		return "DeadLetter[" + this.id + ", " + this.dltTopic + "-" + this.dltPartition + "@" + this.dltOffset + ", "
				+ this.status + "]";
	}

	/** Where a dead letter stands. */
	public enum Status {

		/** Waiting for a person. */
		OPEN,
		/** A replay is being sent (back to OPEN if the send fails). */
		REPLAYING,
		/** Sent again to its source topic. */
		REPLAYED,
		/** Set aside by a person, with a reason code. */
		DISCARDED

	}

	/**
	 * One Kafka header as read.
	 *
	 * @param name its name
	 * @param value its bytes, or {@code null}
	 */
	public record RawHeader(String name, byte[] value) {

		@Override
		public String toString() {
			return "RawHeader[" + this.name + "]";
		}

	}

	/**
	 * A person's decision.
	 *
	 * @param by the staff user name
	 * @param at when it was taken (the claim, for a replay)
	 * @param reasonCode why (a code from {@link ReplayReason} or {@link DiscardReason})
	 * @param resolvedAt when it was carried out, {@code null} while a replay is being
	 * sent
	 */
	public record Resolution(String by, Instant at, String reasonCode, Instant resolvedAt) {

	}

}
