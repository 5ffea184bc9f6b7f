package org.oubli.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The infrastructure of one test JVM, started once and shared by every test class: Kafka,
 * MongoDB and GreenMail. Chosen by the system property {@value #MODE_PROPERTY}:
 * <ul>
 * <li>{@code embedded} (default): the in-JVM KRaft broker and the MongoDB wire
 * server;</li>
 * <li>{@code containers}: Testcontainers' Kafka ({@code apache/kafka}) and MongoDB; tests
 * are skipped, not failed, when no Docker engine is reachable.</li>
 * </ul>
 * GreenMail runs in the JVM in both modes.
 */
public final class OubliInfrastructure {

	/** System property choosing the mode. */
	public static final String MODE_PROPERTY = "oubli.test.infra";

	private static OubliInfrastructure shared;

	private final String kafkaBootstrapServers;

	private final String mongoUri;

	private final MailServer mail;

	private OubliInfrastructure(String kafkaBootstrapServers, String mongoUri, MailServer mail) {
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoUri = mongoUri;
		this.mail = mail;
	}

	public static boolean containersRequested() {
		return "containers".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "embedded"));
	}

	/** Whether the requested infrastructure can run on this machine. */
	public static boolean available() {
		return !containersRequested() || DockerClientFactory.instance().isDockerAvailable();
	}

	/** The shared infrastructure, started on first use and stopped when the JVM exits. */
	public static synchronized OubliInfrastructure get() {
		if (shared == null) {
			shared = containersRequested() ? startContainers() : startEmbedded();
		}
		return shared;
	}

	private static OubliInfrastructure startEmbedded() {
		KafkaBroker kafka = KafkaBroker.start();
		MongoWireServer mongo = MongoWireServer.inMemory();
		MailServer mail = MailServer.start(0, 0);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			mail.close();
			mongo.close();
			kafka.close();
		}, "oubli-test-infrastructure-stop"));
		return new OubliInfrastructure(kafka.bootstrapServers(), mongo.connectionString(), mail);
	}

	@SuppressWarnings("resource")
	private static OubliInfrastructure startContainers() {
		KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
		MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
		kafka.start();
		mongo.start();
		MailServer mail = MailServer.start(0, 0);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			mail.close();
			mongo.stop();
			kafka.stop();
		}, "oubli-test-infrastructure-stop"));
		return new OubliInfrastructure(kafka.getBootstrapServers(), mongo.getConnectionString(), mail);
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	public String mongoUri() {
		return this.mongoUri;
	}

	public MailServer mail() {
		return this.mail;
	}

	/** Spring properties pointing a service at this infrastructure. */
	public Map<String, Object> springProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", this.kafkaBootstrapServers);
		properties.put("spring.mongodb.uri", this.mongoUri);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", this.mail.smtpPort());
		properties.put("oubli.test.imap-port", this.mail.imapPort());
		// the documented development staff accounts (staff-agent, staff-admin,
		// staff-auditor)
		properties.put("oubli.staff.dev-accounts", true);
		// tests post many requests from one client and often one address:
		// request-intake's
		// abuse limits stay out of their way (a test of the limits sets its own)
		properties.put("oubli.intake.limits.per-client.capacity", 1_000_000);
		properties.put("oubli.intake.limits.per-address.capacity", 1_000_000);
		return properties;
	}

}
