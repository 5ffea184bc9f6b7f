package org.oubli.intake.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportCompleted;
import org.oubli.contracts.events.ExportFailed;
import org.oubli.contracts.events.ExportReady;
import org.oubli.contracts.events.OubliEvent;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.fixtures.CaseMother;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a case, expect what export-worker's outcomes do to it. */
class ExportTransitionsTest {

	private static final Instant NOW = Instant.parse("2026-03-06T08:00:00Z");

	private final CaseTransitions transitions = new CaseTransitions("request-intake");

	@Test
	void exportCompletedCompletesAVerifiedCaseAndTellsTheSubject() {
		CaseDocument verified = CaseMother.erasure(CaseStatus.VERIFIED);

		CaseChange change = apply(verified, new ExportCompleted(verified.id(), RequestType.ACCESS,
				List.of("profiles", "payments"), List.of("stripe"), 42, NOW));

		assertThat(change.status()).isEqualTo(CaseStatus.COMPLETED);
		assertThat(change.entry().summary())
			.isEqualTo("Export completed: 42 records from profiles, payments; asked separately: stripe");
		assertThat(change.outgoing()).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isInstanceOf(RequestCompleted.class));
	}

	@Test
	void exportFailedHandsTheCaseToAPersonUnlessItIsCompleted() {
		CaseDocument verified = CaseMother.erasure(CaseStatus.VERIFIED);
		CaseDocument completed = CaseMother.erasure(CaseStatus.COMPLETED);

		CaseChange change = apply(verified,
				new ExportFailed(verified.id(), "messaging", "system messaging: page 1 of messages: HTTP 503", 4, NOW));

		assertThat(change.status()).isEqualTo(CaseStatus.NEEDS_ATTENTION);
		assertThat(change.outgoing()).singleElement()
			.satisfies((event) -> assertThat(((RequestNeedsAttention) event.payload()).reason()).contains("HTTP 503"));
		CaseChange late = apply(completed, new ExportFailed(completed.id(), null, "registry unavailable", 0, NOW));
		assertThat(late.status()).isNull();
		assertThat(late.outgoing()).isEmpty();
	}

	@Test
	void exportReadyIsOnlyRecordedWithoutTheLink() {
		CaseDocument verified = CaseMother.erasure(CaseStatus.VERIFIED);

		CaseChange change = apply(verified,
				new ExportReady(verified.id(), RequestType.ACCESS, null, "sealed", NOW.plusSeconds(3600), 3));

		assertThat(change.status()).isNull();
		assertThat(change.entry().summary()).doesNotContain("sealed").contains("3 downloads");
	}

	private CaseChange apply(CaseDocument current, OubliEvent payload) {
		EventEnvelope event = new EventEnvelope(UUID.randomUUID().toString(),
				org.oubli.contracts.events.EventCatalog.entryOf(payload.getClass()).type(), 1, current.id(), null, NOW,
				"export-worker", payload);
		return this.transitions.apply(current, event, NOW).orElseThrow();
	}

}
