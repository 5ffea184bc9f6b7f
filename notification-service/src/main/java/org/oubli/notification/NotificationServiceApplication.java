package org.oubli.notification;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts notification-service. */
@SpringBootApplication
public class NotificationServiceApplication {

	public static void main(String[] args) {
		OubliApplication.run(NotificationServiceApplication.class, "notification-service", args);
	}

}
