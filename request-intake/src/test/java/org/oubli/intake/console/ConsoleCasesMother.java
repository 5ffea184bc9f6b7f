package org.oubli.intake.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.CaseSubject;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.TimelineEntry;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;

/**
 * Cases for the console tests, each sent to one system so a test can list only its own.
 */
final class ConsoleCasesMother {

	private ConsoleCasesMother() {
	}

	static String freshSystem() {
		return "sys-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A running case due on {@code dueOn}, sent to {@code system}. */
	static CaseDocument running(RequestType type, CaseStatus status, LocalDate dueOn, String system, String email) {
		return build(type, status, dueOn, system, email,
				new DeadlineClock(ClockState.RUNNING, dueOn.minusMonths(1), null, 0, false));
	}

	/** A case whose clock is paused (identity awaited). */
	static CaseDocument paused(RequestType type, LocalDate dueOn, String system, String email) {
		LocalDate started = dueOn.minusMonths(1);
		return build(type, CaseStatus.AWAITING_VERIFICATION, dueOn, system, email,
				new DeadlineClock(ClockState.PAUSED, started, started, 0, false));
	}

	private static CaseDocument build(RequestType type, CaseStatus status, LocalDate dueOn, String system, String email,
			DeadlineClock clock) {
		String id = UUID.randomUUID().toString();
		Instant receivedAt = Instant.now().minusSeconds(3600);
		Subject subject = new Subject(EmailAddress.of(email), "acc-1001", Language.EN);
		return new CaseDocument(id, type, CaseSubject.of(subject), "api", "EU-FR", receivedAt, dueOn, status,
				List.of(new TimelineEntry(UUID.randomUUID().toString(), "RequestReceived", receivedAt,
						type.name().toLowerCase() + " request received")),
				List.of(SystemProgress.pending(system, system)), List.of(), List.of(), 1, false, clock, null, null,
				null, null, null);
	}

}
