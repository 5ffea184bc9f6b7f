package org.oubli.demo.messaging.message;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.connector.DataCategory;
import org.oubli.demo.connector.RecordSlice;
import org.oubli.demo.connector.MongoRecords;
import org.oubli.demo.messaging.member.Member;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@code messages}: every message the accounts sent is erased, and with them the member
 * entry (address and display name). Messages other members sent to them are those
 * members' data and stay. The receipt counts the messages.
 */
@Component
@Order(10)
class MessagesCategory implements DataCategory {

	private final MongoTemplate mongo;

	MessagesCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "messages";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(sentBy(accountIds), Message.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long erased = this.mongo.remove(sentBy(accountIds), Message.class).getDeletedCount();
		this.mongo.remove(Query.query(Criteria.where("accountId").in(accountIds)), Member.class);
		return CategoryOutcome.erased(name(), erased);
	}

	/** The messages the accounts sent, in id order (conversation, then rank). */
	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit, java.util.List
			.of(MongoRecords.Source.of(Message.COLLECTION, Criteria.where("senderAccountId").in(accountIds))));
	}

	private static Query sentBy(Collection<String> accountIds) {
		return Query.query(Criteria.where("senderAccountId").in(accountIds));
	}

}
