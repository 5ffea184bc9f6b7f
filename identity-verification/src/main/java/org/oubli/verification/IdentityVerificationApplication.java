package org.oubli.verification;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts identity-verification; scheduling runs its sweep of expired codes. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IdentityVerificationApplication {

	/** The service name: config file name, event source. */
	public static final String NAME = "identity-verification";

	public static void main(String[] args) {
		OubliApplication.run(IdentityVerificationApplication.class, NAME, args);
	}

}
