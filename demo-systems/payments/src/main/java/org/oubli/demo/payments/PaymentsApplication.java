package org.oubli.demo.payments;

import org.oubli.kit.app.OubliApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts demo-payments: customers, invoices and stored cards, with Oubli's HTTP connector
 * endpoint {@code POST /dsar/v1/erasures}.
 */
@SpringBootApplication
public class PaymentsApplication {

	/** The name this system is registered under in Oubli. */
	public static final String SYSTEM_ID = "payments";

	public static void main(String[] args) {
		OubliApplication.run(PaymentsApplication.class, "demo-payments", args);
	}

}
