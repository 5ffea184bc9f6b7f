package org.oubli.demo.profiles.account;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.AnonymisationTechnique;
import org.oubli.demo.connector.DataCategory;
import org.oubli.demo.connector.MongoRecords;
import org.oubli.demo.connector.RecordSlice;
import org.oubli.demo.connector.anonymise.Generalise;
import org.oubli.demo.connector.anonymise.IpTruncation;

import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code connection-logs}: anonymised by {@code ip-truncation}. Each sign-in stays for
 * the security team's abuse statistics by network, but its IP address keeps only its /24
 * (IPv4) or /48 (IPv6), its time only its day (UTC), and the user agent and the link to
 * the account go.
 */
@Component
@Order(35)
class ConnectionLogsCategory implements DataCategory {

	static final String TECHNIQUE = AnonymisationTechnique.IP_TRUNCATION.wireName();

	private final MongoTemplate mongo;

	ConnectionLogsCategory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String name() {
		return "connection-logs";
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
		return this.mongo.count(ofAccounts(accountIds), ConnectionLog.class);
	}

	@Override
	public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
		long anonymised = 0;
		for (ConnectionLog log : this.mongo.find(ofAccounts(accountIds), ConnectionLog.class)) {
			Update update = new Update().unset("accountId").unset("userAgent");
			if (IpTruncation.isIpLiteral(log.ipAddress())) {
				update.set("ipAddress", IpTruncation.truncate(log.ipAddress()));
			}
			else {
				update.unset("ipAddress");
			}
			if (log.at() != null) {
				update.set("at", Generalise.toStartOf(log.at(), ZoneOffset.UTC, ChronoUnit.DAYS));
			}
			anonymised += this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(log.id()).and("accountId").is(log.accountId())),
						update, ConnectionLog.class)
				.getModifiedCount();
		}
		return CategoryOutcome.anonymised(name(), TECHNIQUE, anonymised);
	}

	/**
	 * The account's sign-ins still linked to it (an anonymised one has no account any
	 * more): what an export lists and what post-erasure verification must find empty.
	 */
	@Override
	public RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		return MongoRecords.page(this.mongo, cursor, limit, List.of(MongoRecords.Source.of(ConnectionLog.COLLECTION,
				Criteria.where("accountId").in(accountIds), "at", "ipAddress", "userAgent")));
	}

	private static Query ofAccounts(Collection<String> accountIds) {
		return Query.query(Criteria.where("accountId").in(accountIds));
	}

}
