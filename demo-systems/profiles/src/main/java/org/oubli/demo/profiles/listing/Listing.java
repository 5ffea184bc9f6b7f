package org.oubli.demo.profiles.listing;

import java.time.Instant;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An ad published by an account: a tutoring offer or a classified ad.
 *
 * @param id the listing id
 * @param accountId the owner
 * @param kind tutoring or classified
 * @param title the title
 * @param description the text, written by the owner
 * @param city where
 * @param priceCents price in euro cents (per hour for tutoring)
 * @param publishedAt when it went online
 */
@Document(Listing.COLLECTION)
public record Listing(@Id String id, String accountId, Kind kind, @PersonalData String title,
		@PersonalData String description, @PersonalData String city, long priceCents, Instant publishedAt) {

	/** The collection. */
	public static final String COLLECTION = "listings";

	/** What is offered. */
	public enum Kind {

		TUTORING, CLASSIFIED

	}

	@Override
	public String toString() {
		return "Listing[" + this.id + ", " + this.kind + ", redacted]";
	}

}
