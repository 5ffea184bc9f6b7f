package org.oubli.demo.payments.invoice;

import java.time.LocalDate;

import org.oubli.contracts.PersonalData;
import org.oubli.demo.payments.customer.BillingAddress;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invoice: the {@code invoices} category. The name and address it was made out to are
 * copied in, as the law requires; it is retained, never erased, for the legal period.
 *
 * @param number the invoice number, also the document id
 * @param accountId the account billed
 * @param issuedOn the invoice date
 * @param label what was sold
 * @param amountCents the amount including VAT, in cents
 * @param currency ISO 4217 currency
 * @param billedToName the name it was made out to
 * @param billedToAddress the address it was made out to
 * @param legalHold why it is kept after an erasure request, or {@code null}
 */
@Document(Invoice.COLLECTION)
public record Invoice(@Id String number, String accountId, LocalDate issuedOn, String label, long amountCents,
		String currency, @PersonalData String billedToName, BillingAddress billedToAddress, LegalHold legalHold) {

	/** The collection. */
	public static final String COLLECTION = "invoices";

	@Override
	public String toString() {
		return "Invoice[" + this.number + ", redacted]";
	}

}
