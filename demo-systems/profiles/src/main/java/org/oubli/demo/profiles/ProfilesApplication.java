package org.oubli.demo.profiles;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts demo-profiles. */
@SpringBootApplication
public class ProfilesApplication {

	public static void main(String[] args) {
		OubliApplication.run(ProfilesApplication.class, "demo-profiles", args);
	}

}
