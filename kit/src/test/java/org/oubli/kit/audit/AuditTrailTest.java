package org.oubli.kit.audit;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oubli.testsupport.InMemoryMongo;
import org.oubli.testsupport.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit chain on the MongoDB wire server through the official driver. */
class AuditTrailTest {

	@RegisterExtension
	static InMemoryMongo mongo = new InMemoryMongo();

	private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private MongoTemplate template;

	private AuditTrail trail;

	@BeforeEach
	void emptyTrail() {
		this.template = new MongoTemplate(mongo.client(), "kit-audit-" + UUID.randomUUID());
		this.trail = new AuditTrail(this.template, this.clock);
	}

	@Test
	void entriesAreNumberedAndEachIsChainedToThePreviousOne() {
		AuditEntry first = this.trail.append("agent.dupont", "case.extended", "r-1", Map.of("reason", "volume"));
		AuditEntry second = this.trail.append("system:request-intake", "case.status-changed", "r-1",
				Map.of("from", "VERIFIED", "to", "IN_PROGRESS"));

		assertThat(first.sequence()).isEqualTo(1);
		assertThat(first.previousHash()).isEqualTo(AuditTrail.GENESIS);
		assertThat(second.sequence()).isEqualTo(2);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
		assertThat(this.trail.verify()).isEqualTo(new ChainVerification(true, 2, null, null));
	}

	@Test
	void changingOneStoredEntryIsFoundByTheChainCheck() {
		appendFive();
		this.template.getCollection(AuditTrail.COLLECTION)
			.updateOne(new Document("_id", 3L), new Document("$set", new Document("details.reason", "nothing")));

		ChainVerification check = this.trail.verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(3);
		assertThat(check.checked()).isEqualTo(2);
		assertThat(check.problem()).contains("does not match its hash");
	}

	@Test
	void rewritingAnEntryWithAFreshHashBreaksTheLinkOfTheNextOne() {
		appendFive();
		AuditEntry third = this.trail.ofRequest("r-3").get(0);
		AuditEntry forged = new AuditEntry(3, third.at(), "agent.dupont", "case.approved", "r-3", Map.of(),
				third.previousHash(), null);
		String forgedHash = this.trail.hashOf(forged);
		this.template.getCollection(AuditTrail.COLLECTION)
			.updateOne(new Document("_id", 3L),
					new Document("$set", new Document("action", "case.approved").append("details", new Document())
						.append("hash", forgedHash)));

		ChainVerification check = this.trail.verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(4);
		assertThat(check.problem()).contains("previous hash");
	}

	@Test
	void removingAnEntryIsFound() {
		appendFive();
		this.template.getCollection(AuditTrail.COLLECTION).deleteOne(new Document("_id", 2L));

		ChainVerification check = this.trail.verify();

		assertThat(check.intact()).isFalse();
		assertThat(check.firstBrokenSequence()).isEqualTo(2);
		assertThat(check.problem()).contains("missing");
	}

	@Test
	void appendsRacingFromSeveralThreadsStayOneLinearChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<AuditEntry>> appends = new java.util.ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String requestId = "r-" + i;
				appends.add(pool.submit(() -> this.trail.append("system:test", "case.opened", requestId, Map.of())));
			}
			for (Future<AuditEntry> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(this.trail.head().sequence()).isEqualTo(40);
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void aDateRangeExportsAsJsonAndCsvWithTheSameEntries() throws Exception {
		appendFive();
		Instant from = START.plus(Duration.ofDays(1));
		Instant to = START.plus(Duration.ofDays(4));

		StringWriter json = new StringWriter();
		this.trail.exportJson(from, to, json);
		StringWriter csv = new StringWriter();
		this.trail.exportCsv(from, to, csv);

		JsonNode array = JsonMapper.builder().build().readTree(json.toString());
		assertThat(array).hasSize(3);
		assertThat(array.get(0).get("sequence").asLong()).isEqualTo(2);
		assertThat(array.get(2).get("requestId").asString()).isEqualTo("r-4");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.toString()))
			.getRecords();
		assertThat(rows).hasSize(3);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).get("hash")).isEqualTo(array.get(i).get("hash").asString());
			assertThat(rows.get(i).get("details")).contains("\"reason\"");
		}
	}

	private void appendFive() {
		for (int i = 1; i <= 5; i++) {
			this.trail.append("agent.dupont", "case.extended", "r-" + i, Map.of("reason", "volume, \"quoted\""));
			this.clock.advance(Duration.ofDays(1));
		}
	}

}
