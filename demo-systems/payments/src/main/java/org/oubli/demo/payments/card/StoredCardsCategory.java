package org.oubli.demo.payments.card;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.payments.dsar.DataCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@code stored-cards}: erased. (A production system would also ask its payment service
 * provider to detach the token.)
 */
@Component
@Order(20)
class StoredCardsCategory implements DataCategory {

	private final MongoTemplate mongo;

	StoredCardsCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "stored-cards";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(ofAccounts(accountIds), StoredCard.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		return CategoryOutcome.erased(name(),
				this.mongo.remove(ofAccounts(accountIds), StoredCard.class).getDeletedCount());
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
