package org.oubli.demo.profiles.listing;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.profiles.dsar.DataCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@code listings}: every ad the accounts published. */
@Component
@Order(10)
class ListingsCategory implements DataCategory {

	private final MongoTemplate mongo;

	ListingsCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "listings";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(ofAccounts(accountIds), Listing.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		return CategoryOutcome.erased(name(),
				this.mongo.remove(ofAccounts(accountIds), Listing.class).getDeletedCount());
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
