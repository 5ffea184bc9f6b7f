package org.oubli.demo.profiles.account;

import org.oubli.demo.connector.AccountDirectory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Finds a subject's accounts among the profiles. */
@Component
class ProfileDirectory extends AccountDirectory<Profile> {

	ProfileDirectory(MongoTemplate mongo) {
		super(mongo, Profile.class, Profile::accountId, Profile::email);
	}

}
