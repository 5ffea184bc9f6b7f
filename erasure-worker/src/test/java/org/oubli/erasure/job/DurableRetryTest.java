package org.oubli.erasure.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureReceipt;
import org.oubli.contracts.events.ErasureCompleted;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.events.ErasureRequested;
import org.oubli.contracts.events.SystemErasureFailed;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.Receipts;
import org.oubli.erasure.RegistryMother;
import org.oubli.erasure.registry.SystemRegistry;
import org.oubli.testsupport.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.erasure.job.JobsTestBed.T0;

/**
 * Durable retries, due dates, staff actions and verification, step by step on the MongoDB
 * wire server with a clock the test moves (no jitter: 1 min, 2 min, 4 min... up to 1 h;
 * margin 5 days before the end of the due date in Paris).
 */
class DurableRetryTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private JobsTestBed bed;

	@BeforeEach
	void setUp() {
		this.bed = new JobsTestBed(mongo.client());
	}

	@Test
	void aFailedRoundIsRetriedAfterAGrowingBackoffAndStaysPending() {
		String requestId = newRequestId();
		this.bed.start(requestId);

		this.bed.jobs.recordFailure(requestId, "payments", "HTTP 503", 4, null, true);
		SystemTask first = this.bed.task(requestId, "payments");
		this.bed.clock.advance(Duration.ofMinutes(1));
		this.bed.jobs.recordFailure(requestId, "payments", "no answer in time", 4, null, true);
		SystemTask second = this.bed.task(requestId, "payments");

		assertThat(first.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(first.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		assertThat(second.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1 + 2)));
		assertThat(second.attempts()).isEqualTo(8);
		assertThat(second.failures()).isEqualTo(2);
		assertThat(second.lastError()).isEqualTo("no answer in time");
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).isEmpty();
		assertThat(this.bed.jobs.withDueDispatches(10)).extracting(ErasureJob::requestId).doesNotContain(requestId);
		this.bed.clock.advance(Duration.ofMinutes(2));
		assertThat(this.bed.jobs.withDueDispatches(10)).extracting(ErasureJob::requestId).contains(requestId);
		assertThat(this.bed.jobs.claimDueDispatch(requestId, "payments")).isTrue();
		assertThat(this.bed.jobs.claimDueDispatch(requestId, "payments")).as("claimed once").isFalse();
	}

	@Test
	void aRefusalGoesToAPersonAtOnce() {
		String requestId = newRequestId();
		this.bed.start(requestId);

		this.bed.jobs.recordFailure(requestId, "payments", "refused: HTTP 400", 1, null, false);

		assertThat(this.bed.task(requestId, "payments").status()).isEqualTo(TaskStatus.FAILED);
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.extracting(SystemErasureFailed::reason)
			.isEqualTo("refused: HTTP 400");
	}

	@Test
	void theDueDateSetsTheEscalationTimeAMarginBeforeItsEndAndAnExtensionMovesIt() {
		String requestId = newRequestId();
		// RequestReceived consumed before the job opens
		this.bed.jobs.recordDueDate(requestId, LocalDate.parse("2026-12-23"));
		this.bed.start(requestId);
		// 2026-12-24T00:00 in Paris (UTC+1) minus 5 days
		Instant margin = Instant.parse("2026-12-18T23:00:00Z");
		assertThat(this.bed.job(requestId).dueOn()).isEqualTo(LocalDate.parse("2026-12-23"));
		assertThat(this.bed.task(requestId, "messaging").escalateAt()).isEqualTo(margin);

		this.bed.jobs.recordDueDate(requestId, LocalDate.parse("2026-12-20"));
		assertThat(this.bed.task(requestId, "messaging").escalateAt()).as("an earlier date never replaces a later")
			.isEqualTo(margin);

		this.bed.jobs.recordDueDate(requestId, LocalDate.parse("2027-02-23"));
		assertThat(this.bed.job(requestId).dueOn()).isEqualTo(LocalDate.parse("2027-02-23"));
		assertThat(this.bed.task(requestId, "messaging").escalateAt()).isEqualTo(Instant.parse("2027-02-18T23:00:00Z"));
	}

	@Test
	void retriesStopAtTheMarginBeforeTheDueDateAndThePersonGetsTheLastError() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.jobs.recordDueDate(requestId, LocalDate.parse("2026-11-29"));
		// escalation at 2026-11-24T23:00Z; the next retry (1 min) would fall after it
		this.bed.clock.advance(Duration.between(this.bed.clock.instant(), Instant.parse("2026-11-24T22:59:30Z")));

		this.bed.jobs.recordFailure(requestId, "payments", "HTTP 503", 4, null, true);

		assertThat(this.bed.task(requestId, "payments").status()).isEqualTo(TaskStatus.FAILED);
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.satisfies((failed) -> assertThat(failed.reason()).isEqualTo(
					"HTTP 503; retries stopped at 2026-11-24T23:00:00Z (5 days before the due date 2026-11-29)"));
	}

	@Test
	void staffRetryReopensAFailedTaskWithAFreshWindowAndSendsTheInstructionAgain() {
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.clock.advance(JobsTestBed.ESCALATE_AFTER);
		this.bed.jobs.escalate(requestId, "payments");
		this.bed.jobs.escalate(requestId, "messaging");

		assertThat(this.bed.jobs.retryByStaff(requestId, "payments", "staff-agent")).isEqualTo(StaffAction.APPLIED);
		assertThat(this.bed.jobs.retryByStaff(requestId, "messaging", "staff-agent")).isEqualTo(StaffAction.APPLIED);

		SystemTask payments = this.bed.task(requestId, "payments");
		assertThat(payments.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(payments.nextAttemptAt()).isEqualTo(this.bed.clock.instant());
		assertThat(payments.escalateAt()).isEqualTo(this.bed.clock.instant().plus(Duration.ofDays(2)));
		assertThat(payments.recordedBy()).isEqualTo("staff-agent");
		assertThat(this.bed.signals).contains(new DispatchDue(requestId, "payments"));
		assertThat(this.bed.eventsOf(requestId, ErasureRequested.class)).as("the first and the staff retry").hasSize(2);
		this.bed.answer(requestId, "payments");
		assertThat(this.bed.jobs.retryByStaff(requestId, "payments", "staff-agent"))
			.isEqualTo(StaffAction.ALREADY_DONE);
	}

	@Test
	void manualAndProcessorSystemsAreDelegatedAndCompletedByStaff() {
		this.bed.withRegistry(SystemRegistry.of(List.of(RegistryMother.profiles(), backoffice(), stripe()), Map.of()));
		String requestId = newRequestId();
		this.bed.start(requestId);

		assertThat(this.bed.eventsOf(requestId, ErasureDelegated.class)).hasSize(2).satisfiesExactly((manual) -> {
			assertThat(manual.mode()).isEqualTo("manual");
			assertThat(manual.processor()).isNull();
		}, (processor) -> {
			assertThat(processor.toProcessor()).isTrue();
			assertThat(processor.processor().privacyEmail()).isEqualTo("privacy@stripe.example");
			assertThat(processor.instruction().subject().accountId()).as("only the identifiers it understands")
				.isNull();
			assertThat(processor.answerBy()).isEqualTo(T0.plus(JobsTestBed.ESCALATE_AFTER));
		});
		ErasureReceipt forProfiles = Receipts.honouring(this.bed.job(requestId).instructionFor("profiles"),
				this.bed.clock.instant());
		assertThat(this.bed.jobs.completeByStaff(requestId, forProfiles, "done", "staff-agent"))
			.as("profiles answers for itself")
			.isEqualTo(StaffAction.NOT_STAFF_TASK);

		this.bed.answer(requestId, "profiles");
		ErasureReceipt manual = new ErasureReceipt(requestId, "backoffice", requestId + ":backoffice:erase",
				this.bed.clock.instant(), List.of(CategoryOutcome.erased("tickets", 2)));
		assertThat(this.bed.jobs.completeByStaff(requestId, manual, "ticket CC-7", "staff-agent"))
			.isEqualTo(StaffAction.APPLIED);
		ErasureReceipt confirmed = new ErasureReceipt(requestId, "stripe", requestId + ":stripe:erase",
				this.bed.clock.instant(), List.of(CategoryOutcome.erased("customer", 1)));
		assertThat(this.bed.jobs.completeByStaff(requestId, confirmed, "Stripe SR-2291", "staff-agent"))
			.isEqualTo(StaffAction.APPLIED);

		assertThat(this.bed.task(requestId, "backoffice").evidence()).isEqualTo("ticket CC-7");
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(this.bed.eventsOf(requestId, ErasureCompleted.class)).hasSize(1);
	}

	@Test
	void withVerificationTheLastReceiptHandsTheJobToItAndLeftoversGoToAPerson() {
		this.bed = new JobsTestBed(mongo.client(), true);
		String requestId = newRequestId();
		this.bed.start(requestId);
		this.bed.answer(requestId, "profiles");
		this.bed.answer(requestId, "payments");
		this.bed.answer(requestId, "messaging");

		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.VERIFYING);
		assertThat(this.bed.signals).contains(new VerificationDue(requestId));
		assertThat(this.bed.eventsOf(requestId, ErasureCompleted.class)).isEmpty();
		assertThat(this.bed.jobs.claimVerification(requestId)).isPresent();
		assertThat(this.bed.jobs.claimVerification(requestId)).as("claimed once").isEmpty();

		Instant now = this.bed.clock.instant();
		this.bed.jobs
			.completeVerification(requestId,
					Map.of("profiles",
							TaskVerification.leftovers(List.of(new TaskVerification.Leftover("listings", 2, true)),
									now),
							"payments", TaskVerification.verified(now), "messaging",
							TaskVerification.notVerifiable("kafka system: nothing to ask", now)));

		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.IN_PROGRESS);
		assertThat(this.bed.task(requestId, "profiles").status()).isEqualTo(TaskStatus.FAILED);
		assertThat(this.bed.eventsOf(requestId, SystemErasureFailed.class)).singleElement()
			.extracting(SystemErasureFailed::reason)
			.isEqualTo("post-erasure verification: category 'listings' still holds 2+ records");

		this.bed.jobs.retryByStaff(requestId, "profiles", "staff-agent");
		this.bed.answer(requestId, "profiles");
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.VERIFYING);
		this.bed.jobs.completeVerification(requestId, Map.of("profiles", TaskVerification.verified(now)));
		assertThat(this.bed.job(requestId).status()).isEqualTo(JobStatus.COMPLETED);
		assertThat(this.bed.eventsOf(requestId, ErasureCompleted.class)).hasSize(1);
	}

	@Test
	void theBackoffGrowsToItsCapAndIsSpreadByTheJitter() {
		RetryProperties retry = new RetryProperties(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10), 0.5,
				Duration.ofDays(5), Duration.ofHours(1), Duration.ofDays(2), java.time.ZoneId.of("Europe/Paris"));
		for (int i = 0; i < 50; i++) {
			assertThat(retry.delayAfter(1)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
			assertThat(retry.delayAfter(3)).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(6));
			assertThat(retry.delayAfter(30)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(15));
		}
	}

	private static SystemDescriptor backoffice() {
		return new SystemDescriptor("backoffice", "Back office", "Customer care", IntegrationMode.MANUAL, null,
				List.of("email", "account-id"), null, true, List.of(RegistryMother.erase("tickets")), 1, T0);
	}

	private static SystemDescriptor stripe() {
		return new SystemDescriptor("stripe", "Stripe", "Finance team", IntegrationMode.PROCESSOR_EMAIL, null,
				List.of("email"), new ProcessorContact("Stripe", "privacy@stripe.example"), true,
				List.of(RegistryMother.erase("customer")), 1, T0);
	}

	private static String newRequestId() {
		return UUID.randomUUID().toString();
	}

}
