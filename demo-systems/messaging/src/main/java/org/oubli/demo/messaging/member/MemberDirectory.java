package org.oubli.demo.messaging.member;

import java.util.LinkedHashSet;
import java.util.Set;

import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.demo.messaging.dsar.SubjectDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the members (see {@link SubjectDirectory}). */
@Component
class MemberDirectory implements SubjectDirectory {

	private final MongoTemplate mongo;

	MemberDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Set<String> accountIdsOf(SubjectIdentifiers subject) {
		String email = subject.email().value();
		Set<String> accountIds = new LinkedHashSet<>();
		this.mongo.find(Query.query(Criteria.where("email").is(email)), Member.class)
			.forEach((member) -> accountIds.add(member.accountId()));
		String claimed = subject.accountId();
		if (claimed != null && !claimed.isBlank()) {
			Member member = this.mongo.findById(claimed, Member.class);
			if (member == null || email.equals(member.email())) {
				accountIds.add(claimed);
			}
		}
		return accountIds;
	}

}
