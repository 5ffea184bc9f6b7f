package org.oubli.intake.deadletters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores dead letters; the id is derived from the record, so one record makes one item.
 */
class DeadLetterStore {

	private final MongoTemplate mongo;

	DeadLetterStore(MongoTemplate mongo) {
		this.mongo = mongo;
		this.mongo.indexOps(DeadLetter.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC));
	}

	/**
	 * Stores a new dead letter.
	 * @return {@code false} if it was stored already
	 */
	boolean insertOnce(DeadLetter letter) {
		try {
			this.mongo.insert(letter);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<DeadLetter> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, DeadLetter.class));
	}

	/**
	 * Dead letters in a status (about one request, if given), oldest first, without their
	 * raw bytes.
	 */
	List<DeadLetter> list(DeadLetter.Status status, String requestId, int limit) {
		Criteria criteria = Criteria.where("status").is(status);
		if (requestId != null) {
			criteria = criteria.and("requestId").is(requestId);
		}
		Query query = Query.query(criteria).with(Sort.by("receivedAt", "_id")).limit(limit);
		query.fields().exclude("key", "value", "headers");
		return this.mongo.find(query, DeadLetter.class);
	}

	long count(DeadLetter.Status status) {
		return this.mongo.count(Query.query(Criteria.where("status").is(status)), DeadLetter.class);
	}

	/**
	 * Takes a decision on a dead letter that is open (or whose replay was claimed before
	 * {@code staleClaimsBefore} and never finished: the instance died while sending).
	 * @return {@code false} if someone else decided already
	 */
	boolean decide(String id, Instant staleClaimsBefore, DeadLetter.Status to, DeadLetter.Resolution resolution) {
		Criteria undecided = new Criteria().orOperator(Criteria.where("status").is(DeadLetter.Status.OPEN),
				Criteria.where("status").is(DeadLetter.Status.REPLAYING).and("resolution.at").lt(staleClaimsBefore));
		Query query = Query.query(Criteria.where("_id").is(id)).addCriteria(undecided);
		Update update = new Update().set("status", to).set("resolution", resolution);
		return this.mongo.updateFirst(query, update, DeadLetter.class).getMatchedCount() == 1;
	}

	/**
	 * Finishes a claimed replay, or gives the item back when the replay could not be
	 * sent.
	 * @return {@code false} if the claim is no longer this one
	 */
	boolean settle(String id, DeadLetter.Resolution claim, DeadLetter.Status to, DeadLetter.Resolution resolution) {
		Query query = Query.query(Criteria.where("_id")
			.is(id)
			.and("status")
			.is(DeadLetter.Status.REPLAYING)
			.and("resolution.by")
			.is(claim.by())
			.and("resolution.at")
			.is(claim.at()));
		Update update = new Update().set("status", to);
		if (resolution != null) {
			update.set("resolution", resolution);
		}
		else {
			update.unset("resolution");
		}
		return this.mongo.updateFirst(query, update, DeadLetter.class).getMatchedCount() == 1;
	}

}
