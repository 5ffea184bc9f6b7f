package org.oubli.demo.payments.card;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card saved for later payments: the {@code stored-cards} category. Only the payment
 * service provider's token and what a customer needs to recognise the card are kept;
 * never the card number or its security code.
 *
 * @param id the stored card id
 * @param accountId the owner
 * @param pspToken the provider's token to charge the card
 * @param brand {@code CB}, {@code VISA}, {@code MASTERCARD}
 * @param last4 the last four digits
 * @param expiryMonth expiry month, 1 to 12
 * @param expiryYear expiry year
 * @param addedAt when it was saved
 */
@Document(StoredCard.COLLECTION)
public record StoredCard(@Id String id, String accountId, String pspToken, String brand, String last4, int expiryMonth,
		int expiryYear, Instant addedAt) {

	/** The collection. */
	public static final String COLLECTION = "stored-cards";

	@Override
	public String toString() {
		return "StoredCard[" + this.id + ", redacted]";
	}

}
