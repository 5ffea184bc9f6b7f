package org.oubli.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack listens and keeps its data.
 *
 * @param dataDir folder of the file-backed MongoDB store, or {@code null} to keep data in
 * memory
 * @param kafkaPort Kafka client port
 * @param mongoPort MongoDB wire port
 * @param smtpPort GreenMail SMTP port
 * @param imapPort GreenMail IMAP port
 * @param mailboxPort port of the dev mailbox web page
 * @param servicePorts HTTP port per application name
 */
public record DevStackSettings(Path dataDir, int kafkaPort, int mongoPort, int smtpPort, int imapPort, int mailboxPort,
		Map<String, Integer> servicePorts) {

	/** The fixed ports of the README, data under {@code dataDir}. */
	public static DevStackSettings standard(Path dataDir) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("request-intake", 8081);
		ports.put("identity-verification", 8082);
		ports.put("erasure-worker", 8083);
		ports.put("export-worker", 8084);
		ports.put("notification-service", 8085);
		ports.put("demo-profiles", 8091);
		ports.put("demo-payments", 8092);
		ports.put("demo-messaging", 8093);
		ports.put("demo-partners", 8094);
		return new DevStackSettings(dataDir, 9092, 27017, 3025, 3143, 8025, ports);
	}

	/**
	 * Free ports everywhere and data in memory: for tests that run beside a dev stack.
	 */
	public static DevStackSettings ephemeral() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (String name : standard(null).servicePorts().keySet()) {
			ports.put(name, freePort());
		}
		return new DevStackSettings(null, 0, 0, 0, 0, freePort(), ports);
	}

	public int portOf(String service) {
		return this.servicePorts.get(service);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
