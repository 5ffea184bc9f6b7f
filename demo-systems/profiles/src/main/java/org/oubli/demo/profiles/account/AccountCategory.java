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
 * {@code account}: the profile document itself. Erased last, after the categories that
 * live inside the profile. The connection logs are a category of their own
 * ({@code connection-logs}).
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
		return this.mongo.count(byAccount(accountIds), Profile.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		return CategoryOutcome.erased(name(),
				this.mongo.remove(byAccount(accountIds), Profile.class).getDeletedCount());
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
