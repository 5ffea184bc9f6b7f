package org.oubli.verification.code;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.IdentityCheck.DataPointKind;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.contracts.events.RequestReceived;
import org.oubli.contracts.events.VerificationRejected;
import org.oubli.contracts.subject.Subject;
import org.oubli.testsupport.InMemoryMongo;
import org.oubli.verification.RequestMother;
import org.oubli.verification.SubjectMother;
import org.oubli.verification.code.Attestation.Decision;
import org.oubli.verification.code.VerificationResult.Outcome;
import org.oubli.verification.code.VerificationService.AttestationOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oubli.verification.code.VerificationTestBed.T0;
import static org.oubli.verification.code.VerificationTestBed.wrong;

/**
 * Each verification level, on the MongoDB wire server with the in-memory identity check
 * of {@link FakeIdentityChecker}: existing authentication, email code, email code and a
 * data point (no enumeration, one attempt count), manual review with attestation.
 */
class VerificationLevelsTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private VerificationTestBed bed;

	private VerificationService service;

	@BeforeEach
	void setUp() {
		this.bed = new VerificationTestBed(mongo.client());
		this.service = this.bed.service;
	}

	@Test
	void levelsFollowChannelAgentAndTypeWithConfigurableDefaults() {
		VerificationPolicy defaults = VerificationPolicy.defaultPolicy();
		assertThat(defaults.levelFor(RequestType.ACCESS)).isEqualTo(VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
		assertThat(defaults.levelFor(RequestType.PORTABILITY)).isEqualTo(VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
		assertThat(defaults.levelFor(RequestType.ERASURE)).isEqualTo(VerificationLevel.EMAIL_CODE);
		assertThat(defaults.levelFor(received(RequestType.ACCESS, "account", false)))
			.isEqualTo(VerificationLevel.EXISTING_AUTHENTICATION);
		assertThat(defaults.levelFor(received(RequestType.ERASURE, "form", true)))
			.isEqualTo(VerificationLevel.MANUAL_REVIEW);

		VerificationPolicy configured = new VerificationPolicy(
				Map.of("erasure", VerificationLevel.EMAIL_CODE_AND_DATA_POINT, "ACCESS", VerificationLevel.EMAIL_CODE),
				Duration.ofDays(14), Duration.ofDays(7), 5, Duration.ofMinutes(1));
		assertThat(configured.levelFor(RequestType.ERASURE)).isEqualTo(VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
		assertThat(configured.levelFor(RequestType.ACCESS)).isEqualTo(VerificationLevel.EMAIL_CODE);
		assertThat(configured.levelFor(RequestType.PORTABILITY)).isEqualTo(VerificationLevel.EMAIL_CODE_AND_DATA_POINT);
	}

	@Test
	void anAccountChannelRequestIsVerifiedAtOnceWithoutACode() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed
			.open(RequestMother.received(requestId, RequestType.ACCESS, SubjectMother.camille(), "account", false, T0));

		assertThat(code).isNull();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("VERIFIED");
		assertThat(this.bed.outboxOf(requestId)).extracting(EventEnvelope::type).containsExactly("IdentityVerified");
		assertThat((IdentityVerified) this.bed.outboxOf(requestId).get(0).payload()).isEqualTo(new IdentityVerified(
				requestId, RequestType.ACCESS, SubjectMother.camille(), "existing-authentication", T0));
		assertThat(this.service.verify(requestId, "000000").outcome()).isEqualTo(Outcome.VERIFIED);
		this.bed.clock.advance(Duration.ofDays(30));
		this.bed.stale.sweep();
		assertThat(this.bed.outboxOf(requestId)).hasSize(1);
	}

	@Test
	void accessNeedsTheCodeThenADataPointConfirmedByTheSystemOfRecord() {
		String requestId = RequestMother.newRequestId();
		String code = openAccess(requestId, SubjectMother.camille());

		assertThat(this.service.verifyDataPoint(requestId, DataPointKind.PHONE, FakeIdentityChecker.CAMILLE_PHONE)
			.outcome()).isEqualTo(Outcome.CODE_REQUIRED);
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.DATA_POINT_REQUIRED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("AWAITING_DATA_POINT");
		assertThat(this.bed.eventsOf(requestId, "IdentityVerified")).isEmpty();
		assertThat(this.service.verify(requestId, code).outcome()).isEqualTo(Outcome.DATA_POINT_REQUIRED);

		VerificationResult wrongValue = this.service.verifyDataPoint(requestId, DataPointKind.PHONE,
				"+33 6 00 00 00 00");
		assertThat(wrongValue.outcome()).isEqualTo(Outcome.WRONG_DATA_POINT);
		assertThat(this.service.verifyDataPoint(requestId, DataPointKind.ACCOUNT_ID, " acc-1001 ").outcome())
			.isEqualTo(Outcome.VERIFIED);

		assertThat(this.bed.statusOf(requestId)).isEqualTo("VERIFIED");
		assertThat(this.bed.eventsOf(requestId, "IdentityVerified")).singleElement()
			.extracting((event) -> ((IdentityVerified) event.payload()).method())
			.isEqualTo("email-code+data-point");
		assertThat(this.bed.checker.asked).extracting((check) -> check.email())
			.containsOnly("camille.martin@example.fr");
		assertThat(this.bed.raw(requestId).toJson()).doesNotContain(FakeIdentityChecker.CAMILLE_PHONE);
	}

	@Test
	void aDataPointForAnAddressWithoutAccountGetsTheSameAnswerAsAWrongOne() {
		String withAccount = RequestMother.newRequestId();
		this.service.verify(withAccount, openAccess(withAccount, SubjectMother.camille()));
		String withoutAccount = RequestMother.newRequestId();
		this.service.verify(withoutAccount, openAccess(withoutAccount, SubjectMother.lucasInEnglish()));

		VerificationResult wrongValue = this.service.verifyDataPoint(withAccount, DataPointKind.PHONE, "0600000000");
		VerificationResult noAccount = this.service.verifyDataPoint(withoutAccount, DataPointKind.PHONE, "0600000000");

		assertThat(wrongValue.outcome()).isEqualTo(noAccount.outcome()).isEqualTo(Outcome.WRONG_DATA_POINT);
		assertThat(wrongValue.attemptsLeft()).isEqualTo(noAccount.attemptsLeft()).isEqualTo(3);
	}

	@Test
	void codesAndDataPointsShareOneAttemptCountAndTheLastWrongOneLocks() {
		String requestId = RequestMother.newRequestId();
		String code = openAccess(requestId, SubjectMother.camille());
		this.service.verify(requestId, wrong(code));
		this.service.verify(requestId, code);
		for (int left = 2; left >= 1; left--) {
			assertThat(this.service.verifyDataPoint(requestId, DataPointKind.PHONE, "wrong").attemptsLeft())
				.isEqualTo(left);
		}

		assertThat(this.service.verifyDataPoint(requestId, DataPointKind.PHONE, "wrong").outcome())
			.isEqualTo(Outcome.LOCKED);
		assertThat(this.service.verifyDataPoint(requestId, DataPointKind.PHONE, FakeIdentityChecker.CAMILLE_PHONE)
			.outcome()).isEqualTo(Outcome.LOCKED);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("LOCKED");
		assertThat(this.bed.eventsOf(requestId, "VerificationLocked")).hasSize(1);
		assertThat(this.bed.checker.asked).hasSize(3);
	}

	@Test
	void aCheckThatCannotBeMadeCountsNothing() {
		String requestId = RequestMother.newRequestId();
		this.service.verify(requestId, openAccess(requestId, SubjectMother.camille()));
		this.bed.checker.down = true;

		assertThat(this.service.verifyDataPoint(requestId, DataPointKind.PHONE, "x").outcome())
			.isEqualTo(Outcome.CHECK_UNAVAILABLE);

		assertThat(this.bed.raw(requestId).getInteger("attemptsLeft")).isEqualTo(4);
		assertThat(this.bed.statusOf(requestId)).isEqualTo("AWAITING_DATA_POINT");
	}

	@Test
	void anAgentsRequestAwaitsStaffWhoseApprovalIsRecordedAsAnAttestation() {
		String requestId = RequestMother.newRequestId();
		String code = this.bed
			.open(RequestMother.received(requestId, RequestType.ERASURE, SubjectMother.camille(), "form", true, T0));
		assertThat(code).isNull();
		assertThat(this.bed.statusOf(requestId)).isEqualTo("AWAITING_REVIEW");
		assertThat(this.service.verify(requestId, "123456").outcome()).isEqualTo(Outcome.AWAITING_REVIEW);
		assertThat(this.bed.outboxOf(requestId)).isEmpty();

		Attestation approval = new Attestation(Decision.APPROVED, "signed mandate checked", "mandate dated 2026-11-02",
				"staff-agent", T0.plusSeconds(60));
		assertThat(this.service.attest(requestId, approval)).isEqualTo(AttestationOutcome.RECORDED);
		assertThat(this.service.attest(requestId,
				new Attestation(Decision.REJECTED, "second thoughts", null, "staff-agent", T0.plusSeconds(90))))
			.isEqualTo(AttestationOutcome.NOT_AWAITING_REVIEW);

		assertThat(this.bed.statusOf(requestId)).isEqualTo("VERIFIED");
		assertThat(this.bed.raw(requestId).get("attestation", org.bson.Document.class))
			.containsEntry("decision", "APPROVED")
			.containsEntry("method", "signed mandate checked")
			.containsEntry("attestedBy", "staff-agent");
		assertThat(this.bed.eventsOf(requestId, "IdentityVerified")).singleElement()
			.extracting((event) -> ((IdentityVerified) event.payload()).method())
			.isEqualTo("manual-review");
		this.bed.clock.advance(Duration.ofDays(20));
		this.bed.stale.sweep();
		assertThat(this.bed.eventsOf(requestId, "VerificationExpired")).isEmpty();
	}

	@Test
	void aRejectedReviewEndsTheVerificationWithItsEvent() {
		String requestId = RequestMother.newRequestId();
		this.bed
			.open(RequestMother.received(requestId, RequestType.ACCESS, SubjectMother.camille(), "email", true, T0));

		assertThat(this.service.attest(requestId,
				new Attestation(Decision.REJECTED, "mandate unsigned", null, "staff-agent", T0)))
			.isEqualTo(AttestationOutcome.RECORDED);

		assertThat(this.bed.statusOf(requestId)).isEqualTo("REJECTED");
		assertThat(this.bed.eventsOf(requestId, "VerificationRejected")).singleElement()
			.extracting(EventEnvelope::payload)
			.isEqualTo(new VerificationRejected(requestId, "mandate unsigned", T0));
		assertThat(this.service.attest(RequestMother.newRequestId(),
				new Attestation(Decision.APPROVED, "x", null, "staff-agent", T0)))
			.isEqualTo(AttestationOutcome.NOT_FOUND);
		String emailCode = RequestMother.newRequestId();
		this.bed.open(emailCode);
		assertThat(this.service.attest(emailCode, new Attestation(Decision.APPROVED, "x", null, "staff-agent", T0)))
			.isEqualTo(AttestationOutcome.NOT_AWAITING_REVIEW);
	}

	private String openAccess(String requestId, Subject subject) {
		return this.bed.open(RequestMother.received(requestId, RequestType.ACCESS, subject, "api", false, T0));
	}

	private static RequestReceived received(RequestType type, String channel, boolean agent) {
		return (RequestReceived) RequestMother
			.received(RequestMother.newRequestId(), type, SubjectMother.camille(), channel, agent, T0)
			.payload();
	}

}
