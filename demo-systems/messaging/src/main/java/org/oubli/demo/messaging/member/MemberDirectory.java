package org.oubli.demo.messaging.member;

import org.oubli.demo.connector.AccountDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the members. */
@Component
class MemberDirectory extends AccountDirectory<Member> {

	MemberDirectory(MongoTemplate mongo) {
		super(mongo, Member.class, Member::accountId, Member::email);
	}

}
