package org.oubli.intake;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts request-intake. */
@SpringBootApplication
public class RequestIntakeApplication {

	public static void main(String[] args) {
		OubliApplication.run(RequestIntakeApplication.class, "request-intake", args);
	}

}
