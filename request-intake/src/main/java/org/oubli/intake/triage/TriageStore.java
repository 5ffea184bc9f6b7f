package org.oubli.intake.triage;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores triage items; the id is derived from the message, so one message makes one item.
 */
@Component
public class TriageStore {

	private final MongoTemplate mongo;

	TriageStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new item.
	 * @param item the item
	 * @return {@code false} if an item with its id exists already
	 */
	public boolean insertOnce(TriageItem item) {
		try {
			this.mongo.insert(item);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<TriageItem> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TriageItem.class));
	}

	/** Items in a status, oldest first. */
	List<TriageItem> list(TriageItem.Status status, int limit) {
		Query query = Query.query(Criteria.where("status").is(status)).with(Sort.by("receivedAt", "_id")).limit(limit);
		query.fields().exclude("raw", "text");
		return this.mongo.find(query, TriageItem.class);
	}

	/**
	 * Records a decision on an open item and removes the message's content from it.
	 * @return {@code false} if the item is no longer open as read
	 */
	boolean close(TriageItem item, TriageItem.Status status, TriageItem.Resolution resolution) {
		Query query = Query.query(Criteria.where("_id")
			.is(item.id())
			.and("version")
			.is(item.version())
			.and("status")
			.is(TriageItem.Status.OPEN));
		Update update = new Update().set("status", status)
			.set("resolution", resolution)
			.inc("version", 1)
			.unset("text")
			.unset("subject")
			.unset("raw")
			.unset("sender");
		UpdateResult result = this.mongo.updateFirst(query, update, TriageItem.class);
		return result.getMatchedCount() == 1;
	}

}
