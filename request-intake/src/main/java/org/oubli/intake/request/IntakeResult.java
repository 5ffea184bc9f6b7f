package org.oubli.intake.request;

import java.time.LocalDate;

import org.oubli.contracts.RequestType;
import org.oubli.intake.cases.CaseDocument;

/**
 * What {@link RequestIntake#submit} did with a request: opened a case, or linked it to
 * the case already open for the same subject and type. Both carry the new request's own
 * reference (its id, a UUID), which is what the subject is told.
 */
public sealed interface IntakeResult {

	/** The new request's reference. */
	String requestId();

	/** The stored case of the new request. */
	CaseDocument stored();

	/**
	 * A case was opened.
	 *
	 * @param stored the new case
	 * @param defaultJurisdiction whether the default deadline policy was applied (country
	 * missing or not covered)
	 */
	record Accepted(CaseDocument stored, boolean defaultJurisdiction) implements IntakeResult {

		@Override
		public String requestId() {
			return this.stored.id();
		}

		public LocalDate dueOn() {
			return this.stored.dueOn();
		}

	}

	/**
	 * The request repeats one still open: linked to it, nothing started again;
	 * {@code RequestLinked} tells the subject.
	 *
	 * @param stored the linked request's own (terminal) record
	 * @param open the open case it was linked to
	 */
	record Linked(CaseDocument stored, CaseDocument open) implements IntakeResult {

		@Override
		public String requestId() {
			return this.stored.id();
		}

		public String openRequestId() {
			return this.open.id();
		}

		public RequestType type() {
			return this.open.type();
		}

	}

}
