package org.oubli.demo.profiles.account;

import java.time.Instant;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's profile. Identity ({@code account}), contact details ({@code contact}: phone
 * and city) and photo ({@code photo}) are separate data categories for Oubli.
 *
 * @param accountId the account id, also the document id
 * @param email the login address
 * @param civility {@code Mme} or {@code M.}
 * @param firstName first name
 * @param lastName last name
 * @param phone phone number, or {@code null}
 * @param city city, or {@code null}
 * @param photoUrl where the profile photo is served, or {@code null}
 * @param createdAt when the account was opened
 */
@Document(Profile.COLLECTION)
public record Profile(@Id String accountId, @PersonalData String email, @PersonalData String civility,
		@PersonalData String firstName, @PersonalData String lastName, @PersonalData String phone,
		@PersonalData String city, @PersonalData String photoUrl, Instant createdAt) {

	/** The collection. */
	public static final String COLLECTION = "profiles";

	@Override
	public String toString() {
		return "Profile[" + this.accountId + ", redacted]";
	}

}
