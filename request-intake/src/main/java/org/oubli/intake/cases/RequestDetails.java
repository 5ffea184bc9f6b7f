package org.oubli.intake.cases;

import org.oubli.contracts.PersonalData;

/**
 * What the subject told about the request besides who they are: the case owner's data,
 * for staff. Never logged, never shown by the public API.
 *
 * @param phone a phone number to reach them, or {@code null}
 * @param text the subject's own words about the request (what to rectify, which
 * processing they object to), or {@code null}
 * @param country the country of residence as given (ISO 3166), or {@code null}
 * @param authorizedAgent whether an authorized agent made the request for the subject
 */
@PersonalData
public record RequestDetails(String phone, String text, String country, boolean authorizedAgent) {

	@Override
	public String toString() {
		return "RequestDetails[redacted]";
	}

}
