package org.oubli.intake.cases;

import java.time.Instant;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per open case and duplicate key ({@value #COLLECTION}): its {@code _id} is
 * a keyed hash of the request type and the subject's normalised email (never the address
 * itself), so of two concurrent requests only one insert succeeds: MongoDB's unique
 * {@code _id} does what a transaction would. Released when the case ends.
 */
@Component
public class OpenCaseKeys {

	/** The collection. */
	public static final String COLLECTION = "open_case_keys";

	private final MongoTemplate mongo;

	public OpenCaseKeys(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Who holds a key.
	 *
	 * @param requestId the open case
	 * @param claimedAt when it claimed the key
	 */
	public record Holder(String requestId, Instant claimedAt) {

	}

	/**
	 * Claims {@code key} for {@code requestId}.
	 * @return empty if claimed, otherwise the case holding it already
	 */
	public Optional<Holder> claim(String key, String requestId, Instant now) {
		try {
			this.mongo.insert(new Document("_id", key).append("requestId", requestId).append("claimedAt", now),
					COLLECTION);
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return holder(key);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return holder(key);
			}
			throw ex;
		}
	}

	/** Releases {@code key} if {@code requestId} still holds it. */
	public void release(String key, String requestId) {
		if (key != null) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(key).and("requestId").is(requestId)), COLLECTION);
		}
	}

	private Optional<Holder> holder(String key) {
		Document found = this.mongo.findById(key, Document.class, COLLECTION);
		if (found == null) {
			// released between our insert and this read: the caller tries again
			return Optional.of(new Holder(null, Instant.EPOCH));
		}
		return Optional.of(new Holder(found.getString("requestId"), found.getDate("claimedAt").toInstant()));
	}

}
