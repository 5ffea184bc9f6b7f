package org.oubli.demo.connector;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SystemErasureReported;
import org.oubli.demo.connector.testing.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

	private final ErasureInstruction instruction = SubjectMother.instruction("messaging", SubjectMother.camille(),
			List.of(CategoryInstruction.erase("messages")));

	private final ErasureReceipt receipt = new ErasureReceipt(this.instruction.requestId(), "messaging",
			this.instruction.idempotencyKey(), NOW, List.of(CategoryOutcome.erased("messages", 10)));

	@Test
	void anInstructionOverHttpIsAnsweredWithoutEvent() {
		Delivery delivery = Delivery.overHttp(this.instruction.idempotencyKey());

		assertThat(delivery.reportsByEvent()).isFalse();
		assertThat(delivery.eventId()).isNull();
		assertThat(delivery.reports(this.receipt, "demo-profiles", NOW)).isEmpty();
	}

	@Test
	void anInstructionFromAnEventIsReportedByAnEventItCaused() {
		EventEnvelope cause = EventEnvelope.wrap(new ErasureRequested(this.instruction.requestId(), this.instruction),
				null, "erasure-worker", NOW.minusSeconds(5));
		Delivery delivery = Delivery.byEvent(cause);

		List<EventEnvelope> reports = delivery.reports(this.receipt, "demo-messaging", NOW);

		assertThat(delivery.idempotencyKey()).isNull();
		assertThat(delivery.eventId()).isEqualTo(cause.eventId());
		assertThat(reports).singleElement().satisfies((report) -> {
			assertThat(report.type()).isEqualTo("SystemErasureReported");
			assertThat(report.source()).isEqualTo("demo-messaging");
			assertThat(report.requestId()).isEqualTo(this.instruction.requestId());
			assertThat(report.causationId()).isEqualTo(cause.eventId());
			assertThat(report.occurredAt()).isEqualTo(NOW);
			assertThat(report.payload())
				.isEqualTo(new SystemErasureReported(this.instruction.requestId(), this.receipt));
		});
	}

}
