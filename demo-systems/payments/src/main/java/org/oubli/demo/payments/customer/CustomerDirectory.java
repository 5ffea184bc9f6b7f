package org.oubli.demo.payments.customer;

import java.util.LinkedHashSet;
import java.util.Set;

import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.payments.dsar.SubjectDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the customers (see {@link SubjectDirectory}). */
@Component
class CustomerDirectory implements SubjectDirectory {

	private final MongoTemplate mongo;

	CustomerDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Set<String> accountIdsOf(SubjectIdentifiers subject) {
		String email = subject.email().value();
		Set<String> accountIds = new LinkedHashSet<>();
		this.mongo.find(Query.query(Criteria.where("email").is(email)), Customer.class)
			.forEach((customer) -> accountIds.add(customer.accountId()));
		String claimed = subject.accountId();
		if (claimed != null && !claimed.isBlank()) {
			Customer customer = this.mongo.findById(claimed, Customer.class);
			if (customer == null || email.equals(customer.email())) {
				accountIds.add(claimed);
			}
		}
		return accountIds;
	}

}
