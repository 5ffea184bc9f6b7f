package org.oubli.erasure;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts erasure-worker. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ErasureWorkerApplication {

	public static void main(String[] args) {
		OubliApplication.run(ErasureWorkerApplication.class, "erasure-worker", args);
	}

}
