package org.oubli.demo.profiles;

import org.oubli.demo.connector.ConnectedSystem;
import org.oubli.demo.connector.HttpConnector;
import org.oubli.demo.connector.demodata.DemoSupport;
import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starts demo-profiles: a small platform's accounts and listings, with Oubli's HTTP
 * connector endpoint {@code POST /dsar/v1/erasures}.
 */
@SpringBootApplication
@Import({ HttpConnector.class, DemoSupport.class })
public class ProfilesApplication {

	/** The name this system is registered under in Oubli. */
	public static final String SYSTEM_ID = "profiles";

	/** The application name, which picks its configuration file. */
	public static final String SERVICE_NAME = "demo-profiles";

	public static void main(String[] args) {
		OubliApplication.run(ProfilesApplication.class, SERVICE_NAME, args);
	}

	@Bean
	ConnectedSystem connectedSystem() {
		return new ConnectedSystem(SYSTEM_ID, SERVICE_NAME);
	}

}
