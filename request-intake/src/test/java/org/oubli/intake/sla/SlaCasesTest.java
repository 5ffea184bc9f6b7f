package org.oubli.intake.sla;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the clock state of a stored case for the SLA classification. */
class SlaCasesTest {

	@Test
	void aClockPausedOrAwaitingItsStartIsPaused() {
		assertThat(SlaCases.paused(new Document("clock", new Document("state", "PAUSED")))).isTrue();
		assertThat(SlaCases.paused(new Document("clock", new Document("state", "AWAITING_START")))).isTrue();
	}

	@Test
	void aRunningClockOrACaseWithoutAClockIsNotPaused() {
		assertThat(SlaCases.paused(new Document("clock", new Document("state", "RUNNING")))).isFalse();
		assertThat(SlaCases.paused(new Document("_id", "r-1"))).isFalse();
	}

	@Test
	void aLinkedRequestIsTerminalAndHasNoSlaState() {
		assertThat(SlaClassifier.isTerminal("LINKED")).isTrue();
	}

}
