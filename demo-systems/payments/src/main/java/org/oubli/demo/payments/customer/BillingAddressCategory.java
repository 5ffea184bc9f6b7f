package org.oubli.demo.payments.customer;

import java.util.Collection;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.AnonymisationTechnique;
import org.oubli.demo.connector.DataCategory;
import org.oubli.demo.connector.MongoRecords;
import org.oubli.demo.connector.RecordSlice;
import org.oubli.demo.connector.anonymise.Generalise;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code billing-address}: generalised ({@code generalise}). Street and city go, the
 * postal code keeps its département, the region is added: finance keeps VAT and sales
 * figures by region and country, and the address no longer points at a home.
 */
@Component
@Order(35)
class BillingAddressCategory implements DataCategory {

	static final String TECHNIQUE = AnonymisationTechnique.GENERALISE.wireName();

	private final MongoTemplate mongo;

	BillingAddressCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "billing-address";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ANONYMISE;
	}

	@Override
	public Set<String> techniques() {
		return Set.of(TECHNIQUE);
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(precise(accountIds), Customer.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long generalised = 0;
		for (Customer customer : this.mongo.find(precise(accountIds), Customer.class)) {
			BillingAddress address = customer.billingAddress();
			Generalise.GeneralisedPlace place = Generalise.place(address.postalCode(), address.country());
			BillingAddress coarse = new BillingAddress(null, place.postcodePrefix(), null, place.country(),
					place.region());
			generalised += this.mongo
				.updateFirst(Query.query(
						Criteria.where("accountId").is(customer.accountId()).and("billingAddress.street").exists(true)),
						new Update().set("billingAddress", coarse), Customer.class)
				.getModifiedCount();
		}
		return CategoryOutcome.anonymised(name(), TECHNIQUE, generalised);
	}

	/**
	 * The billing address of the customer record (its id is the account id), precise or
	 * generalised.
	 */
	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit, java.util.List
			.of(MongoRecords.Source.of(Customer.COLLECTION, Criteria.where("_id").in(accountIds), "billingAddress")));
	}

	/** The accounts' customers whose address is still precise. */
	private static Query precise(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds).and("billingAddress.street").exists(true));
	}

}
