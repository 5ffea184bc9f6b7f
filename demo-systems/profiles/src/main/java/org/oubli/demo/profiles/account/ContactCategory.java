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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** {@code contact}: the phone number and city of a profile. */
@Component
@Order(30)
class ContactCategory implements DataCategory {

	private final MongoTemplate mongo;

	ContactCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "contact";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(withContact(accountIds), Profile.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long erased = this.mongo
			.updateMulti(withContact(accountIds), new Update().unset("phone").unset("city"), Profile.class)
			.getModifiedCount();
		return CategoryOutcome.erased(name(), erased);
	}

	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit,
				java.util.List.of(MongoRecords.Source.of(Profile.COLLECTION,
						Criteria.where("accountId")
							.in(accountIds)
							.orOperator(Criteria.where("phone").exists(true), Criteria.where("city").exists(true)),
						"phone", "city")));
	}

	private static Query withContact(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId")
			.in(accountIds)
			.orOperator(Criteria.where("phone").exists(true), Criteria.where("city").exists(true)));
	}

}
