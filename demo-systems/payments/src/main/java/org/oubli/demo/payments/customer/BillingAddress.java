package org.oubli.demo.payments.customer;

import org.oubli.contracts.PersonalData;

/**
 * A postal address on a bill.
 *
 * @param street number and street
 * @param postalCode postal code
 * @param city city
 * @param country ISO 3166 country code
 */
@PersonalData
public record BillingAddress(String street, String postalCode, String city, String country) {

	@Override
	public String toString() {
		return "BillingAddress[redacted]";
	}

}
