package org.oubli.demo.connector;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.oubli.contracts.subject.SubjectIdentifiers;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A {@link SubjectDirectory} over the one collection where a system keeps its accounts:
 * documents whose id is the account id and whose {@code email} property is the address
 * the account is known under.
 *
 * @param <T> the account document
 */
public class AccountDirectory<T> implements SubjectDirectory {

	private final MongoTemplate mongo;

	private final Class<T> type;

	private final Function<T, String> accountIdOf;

	private final Function<T, String> emailOf;

	/**
	 * A directory over one account collection.
	 * @param mongo the system's database
	 * @param type the account document, with an {@code email} property
	 * @param accountIdOf its id, the account id
	 * @param emailOf its address
	 */
	public AccountDirectory(MongoTemplate mongo, Class<T> type, Function<T, String> accountIdOf,
			Function<T, String> emailOf) {
		this.mongo = mongo;
		this.type = type;
		this.accountIdOf = accountIdOf;
		this.emailOf = emailOf;
	}

	@Override
	public Set<String> accountIdsOf(SubjectIdentifiers subject) {
		String email = subject.email().value();
		Set<String> accountIds = new LinkedHashSet<>();
		this.mongo.find(Query.query(Criteria.where("email").is(email)), this.type)
			.forEach((account) -> accountIds.add(this.accountIdOf.apply(account)));
		String claimed = subject.accountId();
		if (claimed != null && !claimed.isBlank()) {
			T account = this.mongo.findById(claimed, this.type);
			if (account == null || email.equals(this.emailOf.apply(account))) {
				accountIds.add(claimed);
			}
		}
		return accountIds;
	}

}
