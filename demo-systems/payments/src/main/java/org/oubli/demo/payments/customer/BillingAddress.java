package org.oubli.demo.payments.customer;

import org.oubli.contracts.PersonalData;

/**
 * A postal address on a bill.
 *
 * @param street number and street
 * @param postalCode postal code
 * @param city city
 * @param country ISO 3166 country code
 * @param region the region, set when the address is generalised (street and city gone,
 * postal code cut to its département), else {@code null}
 */
@PersonalData
public record BillingAddress(String street, String postalCode, String city, String country, String region) {

	@Override
	public String toString() {
		return "BillingAddress[redacted]";
	}

}
