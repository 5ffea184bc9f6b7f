package org.oubli.demo.messaging;

import org.oubli.demo.connector.ConnectedSystem;
import org.oubli.demo.connector.KafkaConnector;
import org.oubli.demo.connector.demodata.DemoSupport;
import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starts demo-messaging: messages between members and support chat transcripts. It takes
 * Oubli's erasure instructions from {@code oubli.erasure.requests} and answers on
 * {@code oubli.erasure.receipts}.
 */
@SpringBootApplication
@Import({ KafkaConnector.class, DemoSupport.class })
public class MessagingApplication {

	/** The name this system is registered under in Oubli. */
	public static final String SYSTEM_ID = "messaging";

	/** The source of the events it writes, and its consumer group. */
	public static final String SERVICE_NAME = "demo-messaging";

	public static void main(String[] args) {
		OubliApplication.run(MessagingApplication.class, SERVICE_NAME, args);
	}

	@Bean
	ConnectedSystem connectedSystem() {
		return new ConnectedSystem(SYSTEM_ID, SERVICE_NAME);
	}

}
