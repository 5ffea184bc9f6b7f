package org.oubli.demo.payments;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts demo-payments. */
@SpringBootApplication
public class PaymentsApplication {

	public static void main(String[] args) {
		OubliApplication.run(PaymentsApplication.class, "demo-payments", args);
	}

}
