package org.oubli.demo.messaging.member;

import java.time.Instant;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member of the messaging system: how an account shows up in conversations. It goes
 * with the member's messages on erasure.
 *
 * @param accountId the platform account, also the document id
 * @param email where new-message notifications go
 * @param displayName the name other members see
 * @param joinedAt when the member wrote or received a first message
 */
@Document(Member.COLLECTION)
public record Member(@Id String accountId, @PersonalData String email, @PersonalData String displayName,
		Instant joinedAt) {

	/** The collection. */
	public static final String COLLECTION = "members";

	@Override
	public String toString() {
		return "Member[" + this.accountId + ", redacted]";
	}

}
