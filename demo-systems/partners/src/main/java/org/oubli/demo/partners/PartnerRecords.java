package org.oubli.demo.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.oubli.contracts.subject.SubjectIdentifiers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * What the partners hold (collection {@value #COLLECTION}): one document per record, with
 * the partner, category, the subject's email and account id, and a value. Seeded at
 * startup with the demo people when empty.
 */
@Repository
class PartnerRecords implements ApplicationRunner {

	static final String COLLECTION = "partner-records";

	private static final List<String[]> DEMO_PEOPLE = List.of(new String[] { "camille.martin@example.fr", "acc-1001" },
			new String[] { "lucas.bernard@example.fr", "acc-1002" },
			new String[] { "lea.dubois@example.fr", "acc-1003" }, new String[] { "hugo.moreau@example.fr", "acc-1004" },
			new String[] { "chloe.laurent@example.fr", "acc-1005" });

	private final MongoTemplate mongo;

	PartnerRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.getCollection(COLLECTION).countDocuments() > 0) {
			return;
		}
		List<Document> records = new ArrayList<>();
		for (Partner partner : Partner.values()) {
			for (String category : partner.categories()) {
				for (String[] person : DEMO_PEOPLE) {
					records.add(new Document("partner", partner.id()).append("category", category)
						.append("email", person[0])
						.append("accountId", person[1])
						.append("value", category + " of " + person[1]));
				}
			}
		}
		this.mongo.getCollection(COLLECTION).insertMany(records);
	}

	/** Deletes the subject's records of a category. */
	long erase(Partner partner, String category, SubjectIdentifiers subject) {
		return this.mongo.remove(query(partner, category, subject), COLLECTION).getDeletedCount();
	}

	/** Replaces the subject's identifiers and value with placeholders. */
	long anonymise(Partner partner, String category, SubjectIdentifiers subject) {
		return this.mongo
			.updateMulti(query(partner, category, subject),
					new Update().unset("email").unset("accountId").set("value", "anonymised"), COLLECTION)
			.getModifiedCount();
	}

	long count(Partner partner, String category, SubjectIdentifiers subject) {
		return this.mongo.count(query(partner, category, subject), COLLECTION);
	}

	/** At most {@code limit} of the subject's records of a category. */
	List<Map<String, Object>> find(Partner partner, String category, SubjectIdentifiers subject, int limit) {
		Query query = query(partner, category, subject).limit(Math.max(1, Math.min(limit, 100)));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map((document) -> {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("id", document.getObjectId("_id").toHexString());
			record.put("category", document.getString("category"));
			record.put("value", document.getString("value"));
			return record;
		}).toList();
	}

	private static Query query(Partner partner, String category, SubjectIdentifiers subject) {
		List<Criteria> who = new ArrayList<>();
		if (subject != null && subject.email() != null) {
			who.add(Criteria.where("email").is(subject.email().value()));
		}
		if (subject != null && subject.accountId() != null) {
			who.add(Criteria.where("accountId").is(subject.accountId()));
		}
		if (who.isEmpty()) {
			who.add(Criteria.where("_id").is(null));
		}
		return Query.query(Criteria.where("partner")
			.is(partner.id())
			.and("category")
			.is(category)
			.orOperator(who.toArray(Criteria[]::new)));
	}

}
