package org.oubli.demo.payments.invoice;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
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

/**
 * {@code invoices}: retained. Every invoice of the accounts gets a {@link LegalHold} with
 * the instruction's legal basis and date; nothing is deleted.
 */
@Component
@Order(10)
class InvoicesCategory implements DataCategory {

	private final MongoTemplate mongo;

	private final Clock clock;

	InvoicesCategory(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "invoices";
	}

	@Override
	public ErasureAction action() {
		return ErasureAction.RETAIN;
	}

	@Override
	public long count(Collection<String> accountIds) {
		return this.mongo.count(ofAccounts(accountIds), Invoice.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		LegalHold hold = new LegalHold(instruction.legalBasis(), instruction.retainUntil(),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		long held = this.mongo.updateMulti(ofAccounts(accountIds), new Update().set("legalHold", hold), Invoice.class)
			.getMatchedCount();
		return CategoryOutcome.retained(name(), instruction.legalBasis(), instruction.retainUntil(), held);
	}

	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit, java.util.List
			.of(MongoRecords.Source.of(Invoice.COLLECTION, Criteria.where("accountId").in(accountIds))));
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
