package org.oubli.demo.messaging.chat;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.demo.messaging.dsar.DataCategory;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@code chat-logs}: every support chat transcript of the accounts is erased. */
@Component
@Order(20)
class ChatLogsCategory implements DataCategory {

	private final MongoTemplate mongo;

	ChatLogsCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "chat-logs";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(ofAccounts(accountIds), ChatLog.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		return CategoryOutcome.erased(name(),
				this.mongo.remove(ofAccounts(accountIds), ChatLog.class).getDeletedCount());
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
