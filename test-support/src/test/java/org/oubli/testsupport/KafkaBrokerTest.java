package org.oubli.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev stack's broker: fixed port, and its log survives a restart. */
class KafkaBrokerTest {

	@Test
	void aPersistentBrokerKeepsItsRecordsAcrossARestart(@TempDir Path dir) {
		int port = freePortPair();
		try (KafkaBroker broker = KafkaBroker.persistent(dir.resolve("kafka"), port)) {
			assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
			new KafkaProbe(broker.bootstrapServers()).send("restart-test", "k", "kept");
		}
		try (KafkaBroker broker = KafkaBroker.persistent(dir.resolve("kafka"), port)) {
			List<ConsumerRecord<String, String>> records = new KafkaProbe(broker.bootstrapServers())
				.readAll("restart-test", Duration.ofSeconds(5));
			assertThat(records).extracting(ConsumerRecord::value).containsExactly("kept");
		}
	}

	private static int freePortPair() {
		for (int attempt = 0; attempt < 20; attempt++) {
			int port;
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (java.io.IOException ex) {
				continue;
			}
			try (java.net.ServerSocket next = new java.net.ServerSocket(port + 1)) {
				return port;
			}
			catch (java.io.IOException ex) {
				// the next port is taken: try another pair
			}
		}
		throw new IllegalStateException("No two free neighbouring ports");
	}

}
