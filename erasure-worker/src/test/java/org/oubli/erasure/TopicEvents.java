package org.oubli.erasure;

import java.time.Duration;
import java.util.List;

import org.oubli.contracts.events.OubliEvent;
import org.oubli.kit.events.EventCodec;
import org.oubli.testsupport.KafkaProbe;

/** Reads back, from a real topic, the events of one request of one type. */
public final class TopicEvents {

	private static final EventCodec CODEC = new EventCodec();

	private TopicEvents() {
	}

	/**
	 * The events of {@code type} keyed by {@code requestId} on {@code topic}.
	 * @param kafka the probe reading the topic from its start
	 * @param read how long to read
	 * @return the events, in the topic's order
	 */
	public static <T extends OubliEvent> List<T> on(KafkaProbe kafka, String topic, String requestId, Class<T> type,
			Duration read) {
		return kafka.readAll(topic, read)
			.stream()
			.filter((record) -> requestId.equals(record.key()))
			.map((record) -> CODEC.decode(record.value()).payload())
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

}
