package org.oubli.demo.payments.customer;

import java.time.Instant;

import org.oubli.contracts.PersonalData;
import org.oubli.demo.connector.anonymise.Placeholder;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The billing identity of an account: the {@code customer-record} category. On erasure it
 * is anonymised, not deleted: the account id stays so that retained invoices keep their
 * link.
 *
 * @param accountId the platform account, also the document id
 * @param email where bills are sent
 * @param fullName the name bills are made out to
 * @param phone phone number, or {@code null}
 * @param billingAddress the billing address, or {@code null}
 * @param createdAt when the customer was created
 * @param anonymisedAt when the record was anonymised, or {@code null}
 */
@Document(Customer.COLLECTION)
public record Customer(@Id String accountId, @PersonalData String email, @PersonalData String fullName,
		@PersonalData String phone, BillingAddress billingAddress, Instant createdAt, Instant anonymisedAt) {

	/** The collection. */
	public static final String COLLECTION = "customers";

	/** The name an anonymised customer gets. */
	public static final String PLACEHOLDER_NAME = Placeholder.DELETED_USER;

	@Override
	public String toString() {
		return "Customer[" + this.accountId + ", redacted]";
	}

}
