package org.oubli.demo.payments.customer;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.connector.DataCategory;
import org.oubli.demo.connector.anonymise.Placeholder;
import org.oubli.demo.connector.RecordSlice;
import org.oubli.demo.connector.MongoRecords;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code customer-record}: anonymised with the {@value #PLACEHOLDER} technique. The name
 * becomes {@value Customer#PLACEHOLDER_NAME}, the address {@code deleted-<uuid>@invalid}
 * (RFC 2606 reserves {@code .invalid}), the phone goes; the account id stays for the
 * invoices' link. The billing address is a category of its own ({@code billing-address}).
 */
@Component
@Order(30)
class CustomerRecordCategory implements DataCategory {

	static final String PLACEHOLDER = "placeholder";

	private final MongoTemplate mongo;

	private final Clock clock;

	CustomerRecordCategory(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "customer-record";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ANONYMISE;
	}

	@Override
	public Set<String> techniques() {
		return Set.of(PLACEHOLDER);
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(notYetAnonymised(accountIds), Customer.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long anonymised = 0;
		for (Customer customer : this.mongo.find(notYetAnonymised(accountIds), Customer.class)) {
			Update placeholders = new Update().set("fullName", Placeholder.NAME.token())
				.set("email", Placeholder.email())
				.unset("phone")
				.set("anonymisedAt", this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			anonymised += this.mongo
				.updateFirst(
						Query.query(Criteria.where("accountId").is(customer.accountId()).and("anonymisedAt").is(null)),
						placeholders, Customer.class)
				.getModifiedCount();
		}
		return CategoryOutcome.anonymised(name(), PLACEHOLDER, anonymised);
	}

	/** The customer record (its id is the account id), anonymised or not. */
	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit,
				java.util.List.of(MongoRecords.Source.of(Customer.COLLECTION, Criteria.where("_id").in(accountIds))));
	}

	private static Query notYetAnonymised(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds).and("anonymisedAt").is(null));
	}

}
