package org.oubli.kit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bson.Document;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The append-only, hash-chained audit trail of one service, in its MongoDB collection
 * {@value #COLLECTION}.
 * <p>
 * Each entry's hash is SHA-256 over a canonical JSON array of its sequence, time, actor,
 * action, request id, sorted details and the previous entry's hash, so changing, removing
 * or reordering any entry breaks the chain from that entry on. Entries are numbered
 * without gaps: an append takes the next sequence number as the document id, and an
 * instance that loses the race for it (several instances append at once) reads the new
 * head and tries again, so the chain stays linear.
 */
public class AuditTrail {

	/** The collection holding the chain. */
	public static final String COLLECTION = "audit";

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final int MAX_RACES = 50;

	private static final List<String> CSV_HEADER = List.of("sequence", "at", "actor", "action", "requestId", "details",
			"previousHash", "hash");

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ObjectMapper json = JsonMapper.builder().build();

	public AuditTrail(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Appends an entry at the head of the chain.
	 * @param actor a staff user name or {@code system:<service>}
	 * @param action what happened
	 * @param requestId the request concerned, or {@code null}
	 * @param details further facts without personal data
	 * @return the stored entry
	 */
	public AuditEntry append(String actor, String action, String requestId, Map<String, String> details) {
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		for (int race = 0; race < MAX_RACES; race++) {
			AuditEntry head = head();
			long sequence = (head != null) ? head.sequence() + 1 : 1;
			String previous = (head != null) ? head.hash() : GENESIS;
			AuditEntry unsigned = new AuditEntry(sequence, at, actor, action, requestId, details, previous, null);
			AuditEntry entry = new AuditEntry(sequence, at, actor, action, requestId, details, previous,
					hashOf(unsigned));
			try {
				this.mongo.insert(toDocument(entry), COLLECTION);
				return entry;
			}
			catch (DuplicateKeyException lostTheRace) {
				// another instance took this sequence number: chain onto its entry
			}
		}
		throw new IllegalStateException("Could not append to the audit trail after " + MAX_RACES + " attempts");
	}

	/** The newest entry, or {@code null} if the trail is empty. */
	public AuditEntry head() {
		Document last = this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
				Document.class, COLLECTION);
		return (last != null) ? fromDocument(last) : null;
	}

	/** The entries about one request, oldest first. */
	public List<AuditEntry> ofRequest(String requestId) {
		Query query = Query.query(Criteria.where("requestId").is(requestId)).with(Sort.by("_id"));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(AuditTrail::fromDocument).toList();
	}

	/**
	 * The entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
	 */
	public List<AuditEntry> between(Instant from, Instant to) {
		List<AuditEntry> entries = new ArrayList<>();
		forEachBetween(from, to, null, entries::add);
		return entries;
	}

	/**
	 * Walks the whole chain from the first entry and checks every hash and link.
	 * @return whether it is intact, and if not the first entry that is not
	 */
	public ChainVerification verify() {
		String previous = GENESIS;
		long expected = 1;
		long checked = 0;
		for (Document document : this.mongo.getCollection(COLLECTION).find().sort(new Document("_id", 1))) {
			AuditEntry entry = fromDocument(document);
			if (entry.sequence() != expected) {
				return ChainVerification.broken(checked, expected, "entry " + expected + " is missing");
			}
			if (!entry.previousHash().equals(previous)) {
				return ChainVerification.broken(checked, entry.sequence(),
						"its previous hash does not match the entry before it");
			}
			if (!hashOf(entry).equals(entry.hash())) {
				return ChainVerification.broken(checked, entry.sequence(), "its content does not match its hash");
			}
			previous = entry.hash();
			expected++;
			checked++;
		}
		return ChainVerification.intact(checked);
	}

	/** Writes the entries of a date range as a JSON array. */
	public void exportJson(Instant from, Instant to, Writer out) {
		exportJson(from, to, null, out);
	}

	/**
	 * Writes the entries of a date range as a JSON array.
	 * @param requestId only the entries about this request, or {@code null} for all
	 */
	public void exportJson(Instant from, Instant to, String requestId, Writer out) {
		try (var generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			forEachBetween(from, to, requestId, (entry) -> generator.writePOJO(asMap(entry)));
			generator.writeEndArray();
		}
	}

	/** Writes the entries of a date range as CSV with a header row (RFC 4180). */
	public void exportCsv(Instant from, Instant to, Writer out) {
		exportCsv(from, to, null, out);
	}

	/**
	 * Writes the entries of a date range as CSV with a header row (RFC 4180).
	 * @param requestId only the entries about this request, or {@code null} for all
	 */
	public void exportCsv(Instant from, Instant to, String requestId, Writer out) {
		try {
			CSVPrinter printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get());
			forEachBetween(from, to, requestId, (entry) -> {
				try {
					printer.printRecord(entry.sequence(), entry.at(), entry.actor(), entry.action(),
							(entry.requestId() != null) ? entry.requestId() : "",
							this.json.writeValueAsString(entry.details()), entry.previousHash(), entry.hash());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void forEachBetween(Instant from, Instant to, String requestId, Consumer<AuditEntry> action) {
		Document filter = new Document("at", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
		if (requestId != null) {
			filter.append("requestId", requestId);
		}
		for (Document document : this.mongo.getCollection(COLLECTION).find(filter).sort(new Document("_id", 1))) {
			action.accept(fromDocument(document));
		}
	}

	/**
	 * The SHA-256 (hex) of a text, for keeping staff's free text out of an entry while
	 * still tying the entry to it (e.g. {@code reasonSha256}).
	 * @param text the text, or {@code null}
	 * @return its hash, or {@code null} for {@code null}
	 */
	public static String sha256(String text) {
		if (text == null) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	String hashOf(AuditEntry entry) {
		List<Object> canonical = new ArrayList<>();
		canonical.add(entry.sequence());
		canonical.add(entry.at().toString());
		canonical.add(entry.actor());
		canonical.add(entry.action());
		canonical.add(entry.requestId());
		canonical.add(new TreeMap<>(entry.details()));
		canonical.add(entry.previousHash());
		byte[] bytes = this.json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static Map<String, Object> asMap(AuditEntry entry) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("sequence", entry.sequence());
		map.put("at", entry.at().toString());
		map.put("actor", entry.actor());
		map.put("action", entry.action());
		map.put("requestId", entry.requestId());
		map.put("details", entry.details());
		map.put("previousHash", entry.previousHash());
		map.put("hash", entry.hash());
		return map;
	}

	private static Document toDocument(AuditEntry entry) {
		return new Document("_id", entry.sequence()).append("at", Date.from(entry.at()))
			.append("actor", entry.actor())
			.append("action", entry.action())
			.append("requestId", entry.requestId())
			.append("details", new Document(new LinkedHashMap<>(entry.details())))
			.append("previousHash", entry.previousHash())
			.append("hash", entry.hash());
	}

	private static AuditEntry fromDocument(Document document) {
		Document details = document.get("details", Document.class);
		Map<String, String> map = new TreeMap<>();
		if (details != null) {
			details.forEach((key, value) -> map.put(key, String.valueOf(value)));
		}
		return new AuditEntry(((Number) document.get("_id")).longValue(), document.getDate("at").toInstant(),
				document.getString("actor"), document.getString("action"), document.getString("requestId"), map,
				document.getString("previousHash"), document.getString("hash"));
	}

}
