package org.oubli.intake.sla;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.events.SlaState;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClassifierTest {

	private static final LocalDate DUE = LocalDate.parse("2026-04-02");

	private final SlaClassifier classifier = new SlaClassifier(7);

	@Test
	void moreThanTheMarginLeftIsOnTrack() {
		assertThat(this.classifier.classify("IN_PROGRESS", DUE, false, DUE.minusDays(8))).contains(SlaState.ON_TRACK);
	}

	@Test
	void theMarginOrLessLeftIsAtRisk() {
		assertThat(this.classifier.classify("IN_PROGRESS", DUE, false, DUE.minusDays(7))).contains(SlaState.AT_RISK);
		assertThat(this.classifier.classify("NEEDS_ATTENTION", DUE, false, DUE)).contains(SlaState.AT_RISK);
	}

	@Test
	void theDayAfterTheDueDateIsOverdue() {
		assertThat(this.classifier.classify("AWAITING_VERIFICATION", DUE, false, DUE.plusDays(1)))
			.contains(SlaState.OVERDUE);
	}

	@Test
	void aStoppedClockIsPausedWhateverTheDate() {
		assertThat(this.classifier.classify("AWAITING_STAFF", DUE, true, DUE.minusDays(20))).contains(SlaState.PAUSED);
		assertThat(this.classifier.classify("AWAITING_STAFF", DUE, true, DUE.plusDays(3))).contains(SlaState.PAUSED);
	}

	@Test
	void terminalCasesHaveNoState() {
		assertThat(this.classifier.classify("COMPLETED", DUE, false, DUE.plusDays(3))).isEmpty();
		assertThat(this.classifier.classify("CLOSED", DUE, true, DUE.plusDays(3))).isEmpty();
	}

	@Test
	void theMarginIsConfigurable() {
		assertThat(new SlaClassifier(3).classify("VERIFIED", DUE, false, DUE.minusDays(4))).contains(SlaState.ON_TRACK);
		assertThat(new SlaClassifier(3).classify("VERIFIED", DUE, false, DUE.minusDays(3))).contains(SlaState.AT_RISK);
	}

	@Test
	void onlyAtRiskAndOverdueAlert() {
		assertThat(SlaClassifier.alerts(SlaState.AT_RISK)).isTrue();
		assertThat(SlaClassifier.alerts(SlaState.OVERDUE)).isTrue();
		assertThat(SlaClassifier.alerts(SlaState.ON_TRACK)).isFalse();
		assertThat(SlaClassifier.alerts(SlaState.PAUSED)).isFalse();
	}

}
