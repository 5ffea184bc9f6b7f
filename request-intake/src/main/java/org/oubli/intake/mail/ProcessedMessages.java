package org.oubli.intake.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The messages already handled, by message key (a hash of Message-ID and sender, or of
 * the raw bytes), so that a message read twice is handled once. Holds no content.
 */
@Component
class ProcessedMessages {

	static final String COLLECTION = "mail-messages";

	private final MongoTemplate mongo;

	ProcessedMessages(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	boolean contains(String key) {
		return this.mongo.findById(key, Handled.class) != null;
	}

	void record(Handled handled) {
		try {
			this.mongo.insert(handled);
		}
		catch (DuplicateKeyException ex) {
			// handled by an earlier read: the outcome was the same, derived from the same
			// ids
		}
	}

	/**
	 * One handled message.
	 *
	 * @param key the message key
	 * @param outcome what became of it
	 * @param at when
	 * @param ids the requests opened, the case replied to or the triage item
	 */
	@Document(COLLECTION)
	record Handled(@Id String key, MailOutcome outcome, Instant at, List<String> ids) {

	}

}
