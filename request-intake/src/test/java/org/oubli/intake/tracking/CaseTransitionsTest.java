package org.oubli.intake.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.ClosureReason;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.RequestClosed;
import org.oubli.contracts.events.RequestCompleted;
import org.oubli.contracts.events.RequestNeedsAttention;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.intake.cases.CaseChange;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.cases.SystemState;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.intake.deadline.IdentityWait;
import org.oubli.intake.fixtures.CaseMother;
import org.oubli.intake.fixtures.EventMother;
import org.oubli.intake.fixtures.SubjectMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oubli.intake.cases.CaseStatus.AWAITING_STAFF;
import static org.oubli.intake.cases.CaseStatus.AWAITING_VERIFICATION;
import static org.oubli.intake.cases.CaseStatus.CLOSED;
import static org.oubli.intake.cases.CaseStatus.COMPLETED;
import static org.oubli.intake.cases.CaseStatus.IN_PROGRESS;
import static org.oubli.intake.cases.CaseStatus.LOCKED;
import static org.oubli.intake.cases.CaseStatus.NEEDS_ATTENTION;
import static org.oubli.intake.cases.CaseStatus.VERIFIED;

/** Given a case in some status, expect what an event does to it. */
class CaseTransitionsTest {

	private static final Instant NOW = Instant.parse("2026-03-06T08:00:00Z");

	private final CaseTransitions transitions = new CaseTransitions("request-intake");

	@Test
	void identityVerifiedMovesAnAwaitingCaseToVerified() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope verified = events(awaiting).identityVerified();

		CaseChange change = apply(awaiting, verified);

		assertThat(change.status()).isEqualTo(VERIFIED);
		assertThat(change.entry().eventId()).isEqualTo(verified.eventId());
		assertThat(change.entry().type()).isEqualTo("IdentityVerified");
		assertThat(change.entry().at()).isEqualTo(verified.occurredAt());
		assertThat(change.entry().summary()).isEqualTo("Identity verified by email-code");
		assertThat(change.outgoing()).isEmpty();
	}

	@Test
	void aLateIdentityVerifiedDoesNotMoveAnErasureInProgressBack() {
		CaseDocument inProgress = CaseMother.erasure(IN_PROGRESS);

		CaseChange change = apply(inProgress, events(inProgress).identityVerified());

		assertThat(change.status()).isNull();
		assertThat(change.entry().type()).isEqualTo("IdentityVerified");
	}

	@Test
	void verificationLockedLocksOnlyAnAwaitingCase() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		CaseDocument verified = CaseMother.erasure(VERIFIED);

		assertThat(apply(awaiting, events(awaiting).verificationLocked()).status()).isEqualTo(LOCKED);
		assertThat(apply(verified, events(verified).verificationLocked()).status()).isNull();
	}

	@Test
	void aLockedCaseIsHandedToAPerson() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope locked = events(awaiting).verificationLocked();

		CaseChange change = apply(awaiting, locked);

		assertThat(change.status()).isEqualTo(LOCKED);
		assertNeedsAttention(change, locked, "Verification locked after too many wrong codes; staff review needed");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = "AWAITING_VERIFICATION", mode = EnumSource.Mode.EXCLUDE)
	void aLateLockOnlyGoesOnTheTimeline(CaseStatus status) {
		CaseDocument past = CaseMother.erasure(status);

		CaseChange change = apply(past, events(past).verificationLocked());

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).isEmpty();
		assertThat(change.entry().type()).isEqualTo("VerificationLocked");
	}

	@Test
	void anExpiredCodeClosesTheCaseAsUnverifiedAndTellsTheSubject() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope expired = events(awaiting).verificationExpired();

		CaseChange change = apply(awaiting, expired);

		assertThat(change.status()).isEqualTo(CLOSED);
		assertThat(change.entry().type()).isEqualTo("VerificationExpired");
		assertThat(change.entry().eventId()).isEqualTo(expired.eventId());
		assertThat(change.entry().summary())
			.isEqualTo("Verification code expired unused at 2026-03-05T10:30:00Z; closed as unverified");
		assertThat(change.closure().reason()).isEqualTo(ClosureReason.UNVERIFIED);
		assertThat(change.outgoing()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RequestClosed");
			assertThat(event.causationId()).isEqualTo(expired.eventId());
			RequestClosed closed = (RequestClosed) event.payload();
			assertThat(closed.reason()).isEqualTo(ClosureReason.UNVERIFIED);
			assertThat(closed.jurisdiction()).isEqualTo("EU-FR");
			assertThat(closed.subject()).isEqualTo(SubjectMother.camille());
		});
	}

	@Test
	void aStaffRejectionOfAnAgentsRequestClosesTheCaseAsUnverifiedAndTellsTheRequester() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope rejected = events(awaiting).verificationRejected();

		CaseChange change = apply(awaiting, rejected);

		assertThat(change.status()).isEqualTo(CLOSED);
		assertThat(change.entry().type()).isEqualTo("VerificationRejected");
		assertThat(change.entry().summary()).contains("signed mandate checked").contains("closed as unverified");
		assertThat(change.closure().reason()).isEqualTo(ClosureReason.UNVERIFIED);
		assertThat(change.outgoing()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RequestClosed");
			assertThat(event.causationId()).isEqualTo(rejected.eventId());
			assertThat(((RequestClosed) event.payload()).reason()).isEqualTo(ClosureReason.UNVERIFIED);
		});
	}

	@Test
	void aRejectionAfterTheCaseMovedOnIsOnlyRecorded() {
		CaseDocument completed = CaseMother.erasure(COMPLETED);

		CaseChange change = apply(completed, events(completed).verificationRejected());

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).isEmpty();
	}

	@Test
	void anExpiredCodeStopsAPausedClock() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION)
			.withClock(DeadlineClock.start(IdentityWait.PAUSE, LocalDate.parse("2026-03-05"), true));

		CaseChange change = apply(awaiting, events(awaiting).verificationExpired());

		assertThat(change.clock().state()).isEqualTo(ClockState.STOPPED);
		assertThat(change.clock().pausedDays()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = RequestType.class, names = { "RECTIFICATION", "RESTRICTION", "OBJECTION" })
	void aVerifiedTypeWithoutWorkerBecomesAStaffTaskUnderTheDeadline(RequestType type) {
		CaseDocument awaiting = CaseMother.of(type, AWAITING_VERIFICATION)
			.withClock(DeadlineClock.start(IdentityWait.PAUSE, LocalDate.parse("2026-03-05"), true));
		EventEnvelope verified = events(awaiting).identityVerified();

		CaseChange change = apply(awaiting, verified);

		assertThat(change.status()).isEqualTo(AWAITING_STAFF);
		// verified on 5 March (the day of receipt): nothing paused, due Tuesday 7 April
		assertThat(change.clock().state()).isEqualTo(ClockState.RUNNING);
		assertThat(change.dueOn()).isEqualTo("2026-04-07");
		assertNeedsAttention(change, verified, type.name().toLowerCase(java.util.Locale.ROOT)
				+ " request verified; no automated worker: staff must carry it out and close the case by 2026-04-07");
	}

	@Test
	void identityVerifiedResumesAPausedClockAddingTheDaysWaited() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION)
			.withClock(DeadlineClock.start(IdentityWait.PAUSE, LocalDate.parse("2026-02-26"), true));

		CaseChange change = apply(awaiting, events(awaiting).identityVerified());

		// paused 26 February to 5 March: 7 days; 26 March + 7 = Thursday 2 April
		assertThat(change.status()).isEqualTo(VERIFIED);
		assertThat(change.clock().pausedDays()).isEqualTo(7);
		assertThat(change.dueOn()).isEqualTo("2026-04-02");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = "AWAITING_VERIFICATION", mode = EnumSource.Mode.EXCLUDE)
	void anExpiryNeverMovesACaseThatGotPastVerificationOrHasItsPerson(CaseStatus status) {
		CaseDocument past = CaseMother.erasure(status, pendingPlan());

		CaseChange change = apply(past, events(past).verificationExpired());

		assertThat(change.status()).isNull();
		assertThat(change.systems()).isNull();
		assertThat(change.outgoing()).isEmpty();
		assertThat(change.entry().type()).isEqualTo("VerificationExpired");
	}

	@Test
	void aCodeTheSubjectNeverGotHandsTheCaseToAPerson() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope failed = events(awaiting).noticeFailed("verification-code");

		CaseChange change = apply(awaiting, failed);

		assertThat(change.status()).isEqualTo(NEEDS_ATTENTION);
		assertThat(change.entry().summary()).isEqualTo(
				"Notice verification-code could not be sent: The mail server did not accept the email (MailSendException) after 5 attempts");
		assertNeedsAttention(change, failed,
				"The subject never got the verification code. Notice verification-code could not be sent: "
						+ "The mail server did not accept the email (MailSendException) after 5 attempts");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = "AWAITING_VERIFICATION", mode = EnumSource.Mode.EXCLUDE)
	void aFailedCodeNoticeAfterVerificationOrLockIsOnlyRecorded(CaseStatus status) {
		CaseDocument past = CaseMother.erasure(status);

		CaseChange change = apply(past, events(past).noticeFailed("verification-code"));

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).isEmpty();
	}

	@Test
	void aFailedCompletionNoticeReachesAPersonButTheCaseStaysCompleted() {
		CaseDocument completed = CaseMother.erasure(COMPLETED);
		EventEnvelope failed = events(completed).noticeFailed("erasure-completed");

		CaseChange change = apply(completed, failed);

		assertThat(change.status()).isNull();
		assertThat(change.systems()).isNull();
		assertNeedsAttention(change, failed, "Notice erasure-completed could not be sent: "
				+ "The mail server did not accept the email (MailSendException) after 5 attempts");
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "COMPLETED", "CLOSED", "LINKED" }, mode = EnumSource.Mode.EXCLUDE)
	void anyOtherFailedNoticeToTheSubjectNeedsAttention(CaseStatus status) {
		CaseDocument open = CaseMother.erasure(status);
		EventEnvelope failed = events(open).noticeFailed("erasure-completed");

		CaseChange change = apply(open, failed);

		assertThat(change.status()).isEqualTo(NEEDS_ATTENTION);
		assertThat(change.outgoing()).singleElement()
			.satisfies((event) -> assertThat(event.type()).isEqualTo("RequestNeedsAttention"));
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void aFailedStaffAlertIsOnlyRecordedSoThatItCannotLoop(CaseStatus status) {
		CaseDocument any = CaseMother.erasure(status);

		CaseChange change = apply(any, events(any).noticeFailed("staff-alert"));

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).isEmpty();
		assertThat(change.entry().summary()).startsWith("Notice staff-alert could not be sent");
	}

	@Test
	void aCaseHeldAtVerificationGoesOnOnceTheSubjectIsVerified() {
		CaseDocument held = CaseMother.erasure(NEEDS_ATTENTION);

		assertThat(apply(held, events(held).identityVerified()).status()).isEqualTo(VERIFIED);
		assertThat(apply(held, events(held).erasureStarted()).status()).isEqualTo(IN_PROGRESS);
	}

	@Test
	void aCaseHeldDuringTheErasureIsNotMovedBackByALateVerification() {
		CaseDocument held = CaseMother.erasure(NEEDS_ATTENTION, pendingPlan());

		assertThat(apply(held, events(held).identityVerified()).status()).isNull();
		CaseChange restarted = apply(held, events(held).erasureStarted());
		assertThat(restarted.status()).isNull();
		assertThat(restarted.systems()).isNull();
	}

	@Test
	void erasureStartedPutsThePlannedSystemsInProgress() {
		CaseDocument verified = CaseMother.erasure(VERIFIED);

		CaseChange change = apply(verified, events(verified).erasureStarted());

		assertThat(change.status()).isEqualTo(IN_PROGRESS);
		assertThat(change.systems())
			.extracting(SystemProgress::systemId, SystemProgress::displayName, SystemProgress::state)
			.containsExactly(tuple("profiles", "Profiles", SystemState.PENDING),
					tuple("payments", "Payments", SystemState.PENDING),
					tuple("messaging", "Messaging", SystemState.PENDING));
		assertThat(change.entry().summary()).isEqualTo("Erasure started in 3 systems: profiles, payments, messaging");
	}

	@Test
	void systemErasedRecordsThatSystemsOutcomes() {
		CaseDocument inProgress = CaseMother.erasure(IN_PROGRESS, pendingPlan());

		CaseChange change = apply(inProgress, events(inProgress).systemErased("payments"));

		assertThat(change.status()).isNull();
		assertThat(change.systems()).extracting(SystemProgress::systemId, SystemProgress::state)
			.containsExactly(tuple("profiles", SystemState.PENDING), tuple("payments", SystemState.DONE),
					tuple("messaging", SystemState.PENDING));
		assertThat(change.systems().get(1).outcomes()).isEqualTo(EventMother.outcomes("payments"));
		assertThat(change.entry().summary()).isEqualTo("System payments answered: 1 erased, 1 anonymised, 1 retained");
	}

	@Test
	void systemErasureFailedNeedsAttentionAndSaysSo() {
		CaseDocument inProgress = CaseMother.erasure(IN_PROGRESS, pendingPlan());
		EventEnvelope failed = events(inProgress).systemFailed("payments");

		CaseChange change = apply(inProgress, failed);

		assertThat(change.status()).isEqualTo(NEEDS_ATTENTION);
		assertThat(change.systems().get(1).state()).isEqualTo(SystemState.FAILED);
		assertThat(change.systems().get(1).failure()).isEqualTo("HTTP 503 from connector");
		assertThat(change.outgoing()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RequestNeedsAttention");
			assertThat(event.causationId()).isEqualTo(failed.eventId());
			assertThat(event.source()).isEqualTo("request-intake");
			assertThat(event.occurredAt()).isEqualTo(NOW);
			assertThat(((RequestNeedsAttention) event.payload()).reason())
				.isEqualTo("System payments failed after 5 attempts: HTTP 503 from connector");
		});
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "CLOSED", "LINKED" })
	void aFailedNoticeOfAnEndedCaseNeedsAttentionButKeepsTheStatus(CaseStatus status) {
		CaseDocument ended = CaseMother.erasure(status);

		CaseChange change = apply(ended, events(ended).noticeFailed("request-closed"));

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).singleElement()
			.satisfies((event) -> assertThat(event.type()).isEqualTo("RequestNeedsAttention"));
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "CLOSED", "LINKED" })
	void anErasureCompletedAfterTheCaseEndedIsOnlyRecorded(CaseStatus status) {
		CaseDocument ended = CaseMother.erasure(status);

		CaseChange change = apply(ended, events(ended).erasureCompleted());

		assertThat(change.status()).isNull();
		assertThat(change.outgoing()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "COMPLETED", "CLOSED", "LINKED" }, mode = EnumSource.Mode.EXCLUDE)
	void erasureCompletedCompletesTheCaseAndTellsTheSubject(CaseStatus status) {
		CaseDocument open = CaseMother.erasure(status, pendingPlan());
		EventEnvelope completed = events(open).erasureCompleted();

		CaseChange change = apply(open, completed);

		assertThat(change.status()).isEqualTo(COMPLETED);
		assertThat(change.systems()).extracting(SystemProgress::state).containsOnly(SystemState.DONE);
		assertThat(change.systems()).extracting(SystemProgress::outcomes)
			.containsExactly(EventMother.outcomes("profiles"), EventMother.outcomes("payments"),
					EventMother.outcomes("messaging"));
		assertThat(change.outgoing()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RequestCompleted");
			assertThat(event.requestId()).isEqualTo(open.id());
			assertThat(event.causationId()).isEqualTo(completed.eventId());
			RequestCompleted done = (RequestCompleted) event.payload();
			assertThat(done.subject()).isEqualTo(SubjectMother.camille());
			assertThat(done.type()).isEqualTo(open.type());
			assertThat(done.systems()).hasSize(3);
		});
	}

	@Test
	void aSecondErasureCompletedOnACompletedCaseIsOnlyRecorded() {
		CaseDocument completed = CaseMother.erasure(COMPLETED);

		CaseChange change = apply(completed, events(completed).erasureCompleted());

		assertThat(change.status()).isNull();
		assertThat(change.systems()).isNull();
		assertThat(change.outgoing()).isEmpty();
	}

	@Test
	void nothingMovesACompletedCaseBackOrChangesItsOutcomes() {
		CaseDocument completed = CaseMother.erasure(COMPLETED);
		EventMother events = events(completed);

		for (EventEnvelope late : List.of(events.identityVerified(), events.verificationLocked(),
				events.verificationExpired(), events.noticeFailed("verification-code"), events.erasureStarted(),
				events.systemErased("payments"), events.systemFailed("payments"))) {
			CaseChange change = apply(completed, late);
			assertThat(change.status()).as(late.type()).isNull();
			assertThat(change.systems()).as(late.type()).isNull();
			assertThat(change.outgoing()).as(late.type()).isEmpty();
		}
	}

	@Test
	void noticesAreOnlyRecorded() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);

		CaseChange change = apply(awaiting, events(awaiting).noticeSent());

		assertThat(change.status()).isNull();
		assertThat(change.entry().summary()).isEqualTo("Notice verification-code sent in FR");
	}

	@Test
	void eventsTheCaseDoesNotTrackAreIgnored() {
		CaseDocument awaiting = CaseMother.erasure(AWAITING_VERIFICATION);
		EventEnvelope ownEvent = EventEnvelope.wrap(new RequestReceived(awaiting.id(), awaiting.type(),
				SubjectMother.camille(), "api", "EU-FR", NOW, awaiting.dueOn(), false), null, "request-intake", NOW);

		assertThat(this.transitions.apply(awaiting, ownEvent, NOW)).isEmpty();
	}

	@Test
	void summariesHoldNoPersonalData() {
		CaseDocument inProgress = CaseMother.erasure(IN_PROGRESS, pendingPlan());
		EventMother events = events(inProgress);

		for (EventEnvelope event : List.of(events.identityVerified(), events.erasureStarted(),
				events.systemErased("profiles"), events.systemFailed("payments"), events.erasureCompleted(),
				events.verificationExpired(), events.noticeFailed("erasure-completed"))) {
			CaseChange change = apply(inProgress, event);
			assertThat(change.entry().summary()).doesNotContain("camille", "@", "acc-1001");
			change.outgoing()
				.stream()
				.filter((outgoing) -> outgoing.payload() instanceof RequestNeedsAttention)
				.forEach((outgoing) -> assertThat(((RequestNeedsAttention) outgoing.payload()).reason())
					.doesNotContain("camille", "@", "acc-1001"));
		}
	}

	private static void assertNeedsAttention(CaseChange change, EventEnvelope cause, String reason) {
		assertThat(change.outgoing()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("RequestNeedsAttention");
			assertThat(event.requestId()).isEqualTo(cause.requestId());
			assertThat(event.causationId()).isEqualTo(cause.eventId());
			assertThat(event.source()).isEqualTo("request-intake");
			assertThat(event.occurredAt()).isEqualTo(NOW);
			assertThat(((RequestNeedsAttention) event.payload()).reason()).isEqualTo(reason);
		});
	}

	private CaseChange apply(CaseDocument current, EventEnvelope event) {
		Optional<CaseChange> change = this.transitions.apply(current, event, NOW);
		assertThat(change).as(event.type()).isPresent();
		return change.get();
	}

	private static EventMother events(CaseDocument current) {
		return new EventMother(current.id());
	}

	private static List<SystemProgress> pendingPlan() {
		return EventMother.plan()
			.stream()
			.map((planned) -> SystemProgress.pending(planned.systemId(), planned.displayName()))
			.toList();
	}

}
