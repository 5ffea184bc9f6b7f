package org.oubli.demo.messaging;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts demo-messaging. */
@SpringBootApplication
public class MessagingApplication {

	public static void main(String[] args) {
		OubliApplication.run(MessagingApplication.class, "demo-messaging", args);
	}

}
