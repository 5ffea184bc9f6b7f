package org.oubli.demo.profiles.account;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.connector.DataCategory;
import org.oubli.demo.connector.RecordSlice;
import org.oubli.demo.connector.MongoRecords;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@code account}: the profile document itself and the account's connection logs. Erased
 * last, after the categories that live inside the profile.
 */
@Component
@Order(40)
class AccountCategory implements DataCategory {

	private final MongoTemplate mongo;

	AccountCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "account";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(byAccount(accountIds), Profile.class)
				+ this.mongo.count(byAccount(accountIds), ConnectionLog.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long logs = this.mongo.remove(byAccount(accountIds), ConnectionLog.class).getDeletedCount();
		long profiles = this.mongo.remove(byAccount(accountIds), Profile.class).getDeletedCount();
		return CategoryOutcome.erased(name(), profiles + logs);
	}

	/** The profile's identity fields, then the connection logs. */
	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit,
				java.util.List.of(
						MongoRecords.Source.of(Profile.COLLECTION, Criteria.where("accountId").in(accountIds), "email",
								"civility", "firstName", "lastName", "createdAt"),
						MongoRecords.Source.of(ConnectionLog.COLLECTION, Criteria.where("accountId").in(accountIds))));
	}

	private static Query byAccount(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
