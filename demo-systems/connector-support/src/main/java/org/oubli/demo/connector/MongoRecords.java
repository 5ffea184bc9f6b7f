package org.oubli.demo.connector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Pages through the records of a category kept in one or more collections, in id order:
 * the cursor is {@code <source index>:<last id>}, so a page never skips or repeats a
 * record while nothing is inserted before the cursor. Documents are returned as
 * JSON-ready maps (dates as ISO-8601 text, Spring Data's {@code _class} left out).
 */
public final class MongoRecords {

	/**
	 * One collection a category reads.
	 *
	 * @param collection the collection
	 * @param criteria which of its documents belong to the accounts
	 * @param fields the fields to return ({@code _id} always), empty for the whole
	 * document
	 */
	public record Source(String collection, Criteria criteria, List<String> fields) {

		public Source {
			fields = List.copyOf(fields);
		}

		public static Source of(String collection, Criteria criteria, String... fields) {
			return new Source(collection, criteria, List.of(fields));
		}

	}

	private MongoRecords() {
	}

	/**
	 * One page.
	 * @param mongo the system's database
	 * @param cursor the previous page's {@code nextCursor}, {@code null} for the first
	 * @param limit at most this many records
	 * @param sources the collections, read one after the other
	 * @return the page
	 * @throws InvalidCursorException for a cursor this method did not make
	 */
	public static RecordSlice page(MongoTemplate mongo, String cursor, int limit, List<Source> sources) {
		int index = 0;
		String after = null;
		if (cursor != null) {
			int colon = cursor.indexOf(':');
			try {
				index = Integer.parseInt(cursor.substring(0, Math.max(colon, 0)));
			}
			catch (NumberFormatException ex) {
				throw new InvalidCursorException();
			}
			if (colon < 0 || index < 0 || index >= sources.size()) {
				throw new InvalidCursorException();
			}
			after = cursor.substring(colon + 1);
		}
		List<Map<String, Object>> records = new ArrayList<>();
		for (; index < sources.size(); index++, after = null) {
			Source source = sources.get(index);
			int wanted = limit - records.size();
			List<Document> found = find(mongo, source, after, wanted + 1);
			for (int i = 0; i < Math.min(wanted, found.size()); i++) {
				records.add(toJson(found.get(i)));
			}
			if (found.size() > wanted) {
				return new RecordSlice(records, index + ":" + records.get(records.size() - 1).get("_id"));
			}
			if (records.size() == limit) {
				// this source is exhausted exactly at the limit: the next page starts at
				// the
				// next source, if any has records (an empty last page is fine)
				return (index + 1 < sources.size()) ? new RecordSlice(records, (index + 1) + ":")
						: new RecordSlice(records, null);
			}
		}
		return new RecordSlice(records, null);
	}

	private static List<Document> find(MongoTemplate mongo, Source source, String after, int limit) {
		Query query = Query.query(source.criteria());
		if (after != null && !after.isEmpty()) {
			query.addCriteria(Criteria.where("_id").gt(after));
		}
		query.with(Sort.by("_id")).limit(limit);
		if (!source.fields().isEmpty()) {
			source.fields().forEach((field) -> query.fields().include(field));
		}
		return mongo.find(query, Document.class, source.collection());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> toJson(Map<String, Object> document) {
		Map<String, Object> json = new LinkedHashMap<>();
		document.forEach((key, value) -> {
			if (!"_class".equals(key)) {
				json.put(key, jsonValue(value));
			}
		});
		return json;
	}

	@SuppressWarnings("unchecked")
	private static Object jsonValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return toJson((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(MongoRecords::jsonValue).toList();
		}
		if (value instanceof Date date) {
			return Instant.ofEpochMilli(date.getTime()).toString();
		}
		if (value instanceof ObjectId || value instanceof Decimal128) {
			return value.toString();
		}
		return value;
	}

}
