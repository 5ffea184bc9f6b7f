package org.oubli.erasure;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts erasure-worker. */
@SpringBootApplication
public class ErasureWorkerApplication {

	public static void main(String[] args) {
		OubliApplication.run(ErasureWorkerApplication.class, "erasure-worker", args);
	}

}
