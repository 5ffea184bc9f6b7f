package org.oubli.intake.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.oubli.contracts.Topics;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.intake.fixtures.CaseMother;
import org.oubli.testsupport.KafkaProbe;
import org.oubli.testsupport.OubliInfrastructure;
import org.oubli.testsupport.OubliIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes are conditional on the version read and on the event not being processed yet,
 * against the MongoDB wire server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=oubli-kit,request-intake")
@OubliIntegrationTest
class CaseStoreIT {

	private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");

	@Autowired
	private CaseStore cases;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aChangeIsAppliedOnceEvenWhenTheSameEventComesAgain() {
		CaseDocument stored = insert(CaseMother.erasure(CaseStatus.VERIFIED));
		CaseChange change = new CaseChange(entry(), CaseStatus.IN_PROGRESS,
				List.of(SystemProgress.pending("profiles", "Profiles")), List.of());

		assertThat(this.cases.apply(stored, change)).isTrue();
		CaseDocument changed = this.cases.find(stored.id()).orElseThrow();
		assertThat(this.cases.apply(changed, change)).isFalse();

		CaseDocument after = this.cases.find(stored.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(after.version()).isEqualTo(stored.version() + 1);
		assertThat(after.timeline()).hasSize(2).last().isEqualTo(change.entry());
		assertThat(after.processedEventIds()).containsExactly(change.entry().eventId());
		assertThat(after.systems()).containsExactly(SystemProgress.pending("profiles", "Profiles"));
	}

	@Test
	void aChangeBasedOnAStaleReadIsRefused() {
		CaseDocument stored = insert(CaseMother.erasure(CaseStatus.IN_PROGRESS));
		assertThat(this.cases.apply(stored, CaseChange.recordOnly(entry()))).isTrue();

		assertThat(this.cases.apply(stored, new CaseChange(entry(), CaseStatus.COMPLETED, null, List.of()))).isFalse();

		assertThat(this.cases.find(stored.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void outgoingEventsLeaveThroughTheOutboxOfTheSameDocument() {
		CaseDocument stored = insert(CaseMother.erasure(CaseStatus.IN_PROGRESS));
		EventEnvelope attention = EventEnvelope.wrap(new RequestNeedsAttention(stored.id(), "payments failed"), null,
				"request-intake", AT);

		assertThat(
				this.cases.apply(stored, new CaseChange(entry(), CaseStatus.NEEDS_ATTENTION, null, List.of(attention))))
			.isTrue();

		// not woken up: the relay finds it at its next poll
		KafkaProbe kafka = new KafkaProbe(OubliInfrastructure.get().kafkaBootstrapServers());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> kafka.readAll(Topics.REQUEST_EVENTS, Duration.ofSeconds(1))
				.stream()
				.filter((record) -> stored.id().equals(record.key()))
				.anyMatch((record) -> record.value().contains(attention.eventId())));
		Document raw = this.mongo.findById(stored.id(), Document.class, CaseDocument.COLLECTION);
		assertThat(raw.getString("status")).isEqualTo("NEEDS_ATTENTION");
		assertThat(raw.get("dueOn")).isEqualTo("2026-04-07");
		assertThat(raw.getList("outbox", Document.class)).isEmpty();
	}

	private CaseDocument insert(CaseDocument document) {
		this.cases.insert(document);
		return document;
	}

	private static TimelineEntry entry() {
		return new TimelineEntry(UUID.randomUUID().toString(), "ErasureStarted", AT, "Erasure started");
	}

}
