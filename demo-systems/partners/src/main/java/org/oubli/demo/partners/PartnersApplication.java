package org.oubli.demo.partners;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts demo-partners. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnersApplication {

	/** The application name, which picks its configuration file. */
	public static final String SERVICE_NAME = "demo-partners";

	public static void main(String[] args) {
		OubliApplication.run(PartnersApplication.class, SERVICE_NAME, args);
	}

}
