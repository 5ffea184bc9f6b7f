package org.oubli.export;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts export-worker. */
@SpringBootApplication
public class ExportWorkerApplication {

	public static void main(String[] args) {
		OubliApplication.run(ExportWorkerApplication.class, "export-worker", args);
	}

}
