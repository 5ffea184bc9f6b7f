package org.oubli.demo.profiles.account;

import java.util.LinkedHashSet;
import java.util.Set;

import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.profiles.dsar.SubjectDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the profiles (see {@link SubjectDirectory}). */
@Component
class ProfileDirectory implements SubjectDirectory {

	private final MongoTemplate mongo;

	ProfileDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Set<String> accountIdsOf(SubjectIdentifiers subject) {
		String email = subject.email().value();
		Set<String> accountIds = new LinkedHashSet<>();
		this.mongo.find(Query.query(Criteria.where("email").is(email)), Profile.class)
			.forEach((profile) -> accountIds.add(profile.accountId()));
		String claimed = subject.accountId();
		if (claimed != null && !claimed.isBlank()) {
			Profile profile = this.mongo.findById(claimed, Profile.class);
			if (profile == null || email.equals(profile.email())) {
				accountIds.add(claimed);
			}
		}
		return accountIds;
	}

}
