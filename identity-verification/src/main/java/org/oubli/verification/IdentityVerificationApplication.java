package org.oubli.verification;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts identity-verification. */
@SpringBootApplication
public class IdentityVerificationApplication {

	public static void main(String[] args) {
		OubliApplication.run(IdentityVerificationApplication.class, "identity-verification", args);
	}

}
