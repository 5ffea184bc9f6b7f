package org.oubli.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), in this JVM,
 * from the jars Spring Boot manages: on free ports with a throw-away log for tests, or on
 * fixed ports with its log kept in a folder for the dev stack.
 */
public final class KafkaBroker implements AutoCloseable {

	private final String bootstrapServers;

	private final AutoCloseable stop;

	private KafkaBroker(String bootstrapServers, AutoCloseable stop) {
		this.bootstrapServers = bootstrapServers;
		this.stop = stop;
	}

	/**
	 * Starts a broker on free ports with a throw-away log.
	 * @return the running broker
	 */
	public static KafkaBroker start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.brokerProperty("num.partitions", "3");
		broker.afterPropertiesSet();
		return new KafkaBroker(broker.getBrokersAsString(), broker::destroy);
	}

	/**
	 * Starts a broker whose log lives in {@code dataDir}, so a restart keeps every topic
	 * and offset. (Spring Kafka's embedded KRaft broker cannot take fixed ports.)
	 * @param dataDir the log folder, formatted on first use
	 * @param port the client port; the controller listens on the next one
	 * @return the running broker
	 */
	public static KafkaBroker persistent(Path dataDir, int port) {
		Properties properties = serverProperties(dataDir, port);
		try {
			Files.createDirectories(dataDir);
			if (!Files.exists(dataDir.resolve("meta.properties"))) {
				format(dataDir, properties);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Kafka log folder " + dataDir, ex);
		}
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
		server.startup();
		String bootstrap = "127.0.0.1:" + port;
		awaitReady(bootstrap);
		return new KafkaBroker(bootstrap, () -> {
			server.shutdown();
			server.awaitShutdown();
		});
	}

	private static Properties serverProperties(Path dataDir, int port) {
		Properties properties = new Properties();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@127.0.0.1:" + (port + 1));
		properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + (port + 1));
		properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.put("log.dirs", dataDir.toAbsolutePath().toString());
		properties.put("num.partitions", "3");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

	private static void format(Path dataDir, Properties properties) throws IOException {
		Path config = dataDir.resolveSibling(dataDir.getFileName() + "-server.properties");
		try (OutputStream out = Files.newOutputStream(config)) {
			properties.store(out, "Oubli dev stack broker");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int status = StorageTool.execute(
				new String[] { "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8));
		if (status != 0) {
			throw new IllegalStateException(
					"Formatting the Kafka log failed: " + output.toString(StandardCharsets.UTF_8));
		}
	}

	private static void awaitReady(String bootstrap) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Kafka broker on " + bootstrap + " did not become ready", ex);
		}
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	@Override
	public void close() {
		try {
			this.stop.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Stopping the Kafka broker failed", ex);
		}
	}

}
