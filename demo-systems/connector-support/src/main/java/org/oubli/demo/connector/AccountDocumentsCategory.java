package org.oubli.demo.connector;

import java.util.Collection;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A {@link DataCategory} that is one collection of documents each belonging to an account
 * (an {@code accountId} property), erased by deleting the accounts' documents. A system
 * declares one as a bean with its name, document and {@code @Order}.
 */
public class AccountDocumentsCategory implements DataCategory {

	private final MongoTemplate mongo;

	private final String name;

	private final Class<?> type;

	/**
	 * A category of whole documents.
	 * @param mongo the system's database
	 * @param name the category name in Oubli's registry
	 * @param type the document, with an {@code accountId} property
	 */
	protected AccountDocumentsCategory(MongoTemplate mongo, String name, Class<?> type) {
		this.mongo = mongo;
		this.name = name;
		this.type = type;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.ERASE;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(ofAccounts(accountIds), this.type);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		return CategoryOutcome.erased(this.name,
				this.mongo.remove(ofAccounts(accountIds), this.type).getDeletedCount());
	}

	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit, java.util.List.of(MongoRecords.Source
			.of(this.mongo.getCollectionName(this.type), Criteria.where("accountId").in(accountIds))));
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
