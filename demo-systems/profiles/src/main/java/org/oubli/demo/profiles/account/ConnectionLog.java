package org.oubli.demo.profiles.account;

import java.time.Instant;

import org.oubli.contracts.PersonalData;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sign-in of an account: the {@code connection-logs} category. Anonymised on erasure:
 * the IP address is truncated to its network, the time to its day, the user agent and the
 * account link go.
 *
 * @param id the log id
 * @param accountId the account, or {@code null} once anonymised
 * @param at when
 * @param ipAddress from where
 * @param userAgent with what
 */
@Document(ConnectionLog.COLLECTION)
public record ConnectionLog(@Id String id, String accountId, Instant at, @PersonalData String ipAddress,
		@PersonalData String userAgent) {

	/** The collection. */
	public static final String COLLECTION = "connection-logs";

	@Override
	public String toString() {
		return "ConnectionLog[" + this.id + ", redacted]";
	}

}
