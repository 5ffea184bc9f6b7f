package org.oubli.erasure.registry;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;

import org.oubli.contracts.Topics;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;
import org.oubli.kit.outbox.Outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The registry in MongoDB, collection {@value #COLLECTION}: one document per system,
 * {@code _id} = system id, with its plan {@code position}, its {@code version} and the
 * {@code descriptor} as published. Every write carries, in the same single-document
 * update, an outbox entry with the new descriptor for {@value Topics#REGISTRY_SYSTEMS}
 * (key = system id), which the kit's outbox relay publishes and then removes: nothing is
 * stored without being published, at least once.
 */
class SystemStore {

	/** The collection. */
	static final String COLLECTION = "systems";

	/** The type named in the CloudEvents header of a published descriptor. */
	static final String TYPE = "SystemDescriptor";

	private static final String SOURCE = "erasure-worker";

	private final MongoTemplate mongo;

	SystemStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Every system, in plan order. */
	List<SystemDescriptor> all() {
		Query query = new Query().with(Sort.by("position", "_id"));
		query.fields().include("descriptor");
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(SystemStore::descriptorOf).toList();
	}

	Optional<SystemDescriptor> find(String id) {
		Query query = Query.query(Criteria.where("_id").is(id));
		query.fields().include("descriptor");
		return Optional.ofNullable(this.mongo.findOne(query, Document.class, COLLECTION))
			.map(SystemStore::descriptorOf);
	}

	/** The position after the last system. */
	int nextPosition() {
		Query last = new Query().with(Sort.by(Sort.Direction.DESC, "position")).limit(1);
		Document document = this.mongo.findOne(last, Document.class, COLLECTION);
		return (document != null) ? document.getInteger("position", 0) + 1 : 0;
	}

	/**
	 * Stores a new system with its outbox entry.
	 * @return false if a system with that id exists already (nothing changed)
	 */
	boolean insert(SystemDescriptor system, int position) {
		Document document = new Document("_id", system.id()).append("position", position)
			.append("version", system.version())
			.append("descriptor", toDocument(system))
			.append(Outbox.FIELD, List.of(outboxEntry(system)));
		try {
			this.mongo.insert(document, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Replaces a system if it is still at {@code expectedVersion}.
	 * @return false if it changed meanwhile or does not exist (nothing changed)
	 */
	boolean replace(long expectedVersion, SystemDescriptor next) {
		Update update = new Update().set("version", next.version())
			.set("descriptor", toDocument(next))
			.push(Outbox.FIELD, outboxEntry(next));
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(expectedVersion)), update,
					COLLECTION)
			.getMatchedCount() == 1;
	}

	/**
	 * Publishes a system's current descriptor again, unless it changed meanwhile (the
	 * change carries its own entry).
	 */
	void republish(SystemDescriptor current) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(current.id()).and("version").is(current.version())),
				new Update().push(Outbox.FIELD, outboxEntry(current)), COLLECTION);
	}

	private static Document toDocument(SystemDescriptor system) {
		return Document.parse(OubliJson.mapper().writeValueAsString(system));
	}

	private static SystemDescriptor descriptorOf(Document document) {
		return OubliJson.mapper()
			.readValue(document.get("descriptor", Document.class).toJson(), SystemDescriptor.class);
	}

	/** An outbox entry in the relay's format, whose body is the descriptor itself. */
	private static Document outboxEntry(SystemDescriptor system) {
		Instant at = (system.updatedAt() != null) ? system.updatedAt() : Instant.now();
		return new Document("eventId", UUID.randomUUID().toString()).append("topic", Topics.REGISTRY_SYSTEMS)
			.append("key", system.id())
			.append("type", TYPE)
			.append("source", SOURCE)
			.append("occurredAt", Date.from(at))
			.append("body", OubliJson.mapper().writeValueAsString(system));
	}

}
