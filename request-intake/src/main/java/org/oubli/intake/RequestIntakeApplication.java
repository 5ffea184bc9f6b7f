package org.oubli.intake;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts request-intake: takes requests in, owns each case and its statutory deadline.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RequestIntakeApplication {

	/** The service name: configuration file, event source, consumer group. */
	public static final String NAME = "request-intake";

	public static void main(String[] args) {
		OubliApplication.run(RequestIntakeApplication.class, NAME, args);
	}

}
