package org.oubli.intake.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.events.ClosureReason;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.staff.StaffCaseActions;
import org.oubli.kit.audit.AuditEntry;
import org.oubli.kit.audit.AuditTrail;
import org.oubli.kit.web.ConflictException;

import org.springframework.stereotype.Service;

/**
 * What staff do from the console, each recorded on the audit trail with who, when and why
 * (the reason code and the SHA-256 of any text, never the text). A refused action changes
 * nothing and throws {@link Refused} with the reason.
 */
@Service
class ConsoleActions {

	static final String APPROVED = "case.approved";

	private static final Logger log = LoggerFactory.getLogger(ConsoleActions.class);

	private final StaffCaseActions cases;

	private final OtherServices services;

	private final AuditTrail audit;

	ConsoleActions(StaffCaseActions cases, OtherServices services, AuditTrail audit) {
		this.cases = cases;
		this.services = services;
		this.audit = audit;
	}

	/** An action refused: nothing changed; {@code reason} says why (shown to staff). */
	static final class Refused extends RuntimeException {

		private final String messageKey;

		Refused(String messageKey, String reason) {
			super(reason, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	/** The subject's data is shown once: the audit says who saw it, and why. */
	void reveal(CaseDocument current, ActionForm form, String staff) {
		this.audit.append(staff, "subject.revealed", current.id(), form.auditDetails("reason"));
	}

	CaseDocument extend(CaseDocument current, ActionForm form, String staff) {
		CaseDocument extended = refusable(() -> this.cases.extend(current.id(), form.text()));
		Map<String, String> details = form.auditDetails("reason");
		details.put("newDueOn", String.valueOf(extended.dueOn()));
		this.audit.append(staff, "case.extended", current.id(), details);
		return extended;
	}

	/**
	 * Approves what waits for staff: a request carried out by staff (closed
	 * {@code HANDLED_BY_STAFF}), or an authorized agent's identity and mandate (the
	 * attestation goes to identity-verification, which then verifies the request).
	 * @return whether it was the identity review (the case moves on once
	 * identity-verification has confirmed)
	 */
	boolean approve(CaseDocument current, ActionForm form, String staff) {
		if (current.status() == CaseStatus.AWAITING_STAFF) {
			refusable(() -> this.cases.close(current.id(), ClosureReason.HANDLED_BY_STAFF, form.text()));
			Map<String, String> details = form.auditDetails("reason");
			details.put("closure", ClosureReason.HANDLED_BY_STAFF.name());
			this.audit.append(staff, APPROVED, current.id(), details);
			return false;
		}
		if (!awaitsIdentityReview(current)) {
			throw new Refused("console.refused.nothing-to-approve", current.status().name());
		}
		Optional<AuditEntry> earlier = identityApproval(current.id());
		if (earlier.isPresent()) {
			throw new Refused("console.refused.already-approved", earlier.get().actor() + ", " + earlier.get().at());
		}
		ServiceClient.Answer answer;
		try {
			answer = this.services.approveIdentity(current.id(), "console: " + form.reasonCode(), form.text(), staff);
		}
		catch (ServiceClient.Unreachable ex) {
			throw new Refused("console.refused.verification-unreachable", "identity-verification");
		}
		if (!answer.ok()) {
			log.info("Request {}: identity-verification refused the attestation ({})", current.id(), answer.status());
			throw new Refused("console.refused.by-verification", answer.problem());
		}
		Map<String, String> details = form.auditDetails("reason");
		details.put("review", "identity");
		details.put("decision", "APPROVED");
		this.audit.append(staff, APPROVED, current.id(), details);
		return true;
	}

	CaseDocument deny(CaseDocument current, ActionForm form, String staff) {
		CaseDocument closed = refusable(() -> this.cases.close(current.id(), ClosureReason.REFUSED, form.text()));
		Map<String, String> details = form.auditDetails("reason");
		details.put("reason", ClosureReason.REFUSED.name());
		this.audit.append(staff, "case.closed", current.id(), details);
		return closed;
	}

	CaseDocument cancel(CaseDocument current, ActionForm form, String staff) {
		CaseDocument closed = refusable(() -> this.cases.close(current.id(), ClosureReason.CANCELLED, form.text()));
		Map<String, String> details = form.auditDetails("reason");
		details.put("reason", ClosureReason.CANCELLED.name());
		this.audit.append(staff, "case.cancelled", current.id(), details);
		return closed;
	}

	/**
	 * A request cancelled or refused is stopped: erasure-worker cancels its open tasks
	 * once it reads {@code RequestClosed}; the console does not race it.
	 */
	private static void refuseIfStopped(CaseDocument current) {
		if (current.closure() != null && (current.closure().reason() == ClosureReason.CANCELLED
				|| current.closure().reason() == ClosureReason.REFUSED)) {
			throw new Refused("console.refused.request-stopped", current.closure().reason().name());
		}
	}

	void retryTask(CaseDocument current, String systemId, ActionForm form, String staff) {
		refuseIfStopped(current);
		ServiceClient.Answer answer;
		try {
			answer = this.services.retry(current.id(), systemId, staff);
		}
		catch (ServiceClient.Unreachable ex) {
			throw new Refused("console.refused.erasure-unreachable", "erasure-worker");
		}
		if (!answer.ok()) {
			throw new Refused("console.refused.by-erasure", answer.problem());
		}
		Map<String, String> details = form.auditDetails("reason");
		details.put("system", systemId);
		this.audit.append(staff, "task.retried", current.id(), details);
	}

	void completeTask(CaseDocument current, String systemId, ActionForm form, String staff) {
		refuseIfStopped(current);
		OtherServices.Job job = this.services.erasureJob(current.id(), staff);
		if (job.lookup() == OtherServices.Lookup.UNREACHABLE) {
			throw new Refused("console.refused.erasure-unreachable", "erasure-worker");
		}
		OtherServices.Task task = job.bySystem().get(systemId);
		if (task == null) {
			throw new Refused("console.refused.no-task", systemId);
		}
		ServiceClient.Answer answer;
		try {
			answer = this.services.complete(current.id(), systemId, form.text(), task, staff);
		}
		catch (ServiceClient.Unreachable ex) {
			throw new Refused("console.refused.erasure-unreachable", "erasure-worker");
		}
		if (!answer.ok()) {
			throw new Refused("console.refused.by-erasure", answer.problem());
		}
		Map<String, String> details = new LinkedHashMap<>(form.auditDetails("evidence"));
		details.put("system", systemId);
		this.audit.append(staff, "task.completed", current.id(), details);
	}

	/**
	 * An authorized agent's request waiting for staff to review the identity and mandate.
	 */
	static boolean awaitsIdentityReview(CaseDocument current) {
		return current.status() == CaseStatus.AWAITING_VERIFICATION && current.details() != null
				&& current.details().authorizedAgent();
	}

	private Optional<AuditEntry> identityApproval(String requestId) {
		return this.audit.ofRequest(requestId)
			.stream()
			.filter((entry) -> APPROVED.equals(entry.action()) && "identity".equals(entry.details().get("review")))
			.findFirst();
	}

	private static <T> T refusable(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ConflictException ex) {
			throw new Refused("console.refused." + ex.code(), ex.getMessage());
		}
	}

}
