package org.oubli.notification;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts notification-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

	/** The service name: config file name, event source. */
	public static final String NAME = "notification-service";

	public static void main(String[] args) {
		OubliApplication.run(NotificationServiceApplication.class, NAME, args);
	}

}
