package org.oubli.demo.profiles;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts demo-profiles: a small platform's accounts and listings, with Oubli's HTTP
 * connector endpoint {@code POST /dsar/v1/erasures}.
 */
@SpringBootApplication
public class ProfilesApplication {

	/** The name this system is registered under in Oubli. */
	public static final String SYSTEM_ID = "profiles";

	public static void main(String[] args) {
		OubliApplication.run(ProfilesApplication.class, "demo-profiles", args);
	}

}
