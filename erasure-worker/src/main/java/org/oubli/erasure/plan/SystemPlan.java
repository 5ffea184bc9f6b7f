package org.oubli.erasure.plan;

import java.util.List;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.erasure.registry.Identifier;
import org.oubli.erasure.registry.IntegrationMode;

/**
 * One system of a frozen plan: what it must do, how it is reached and which identifiers
 * it is given.
 *
 * @param planned the system and the action per category, as published in
 * {@code ErasureStarted}
 * @param mode how it is reached
 * @param identifiers the identifiers it understands
 */
public record SystemPlan(PlannedSystem planned, IntegrationMode mode, List<Identifier> identifiers) {

	public String systemId() {
		return this.planned.systemId();
	}

	/**
	 * The instruction for this system, carrying only the identifiers it understands.
	 * @param requestId the request
	 * @param subject every identifier Oubli has for the subject
	 * @return the instruction with its idempotency key
	 */
	public ErasureInstruction instruction(String requestId, SubjectIdentifiers subject) {
		SubjectIdentifiers understood = new SubjectIdentifiers(
				this.identifiers.contains(Identifier.EMAIL) ? subject.email() : null,
				this.identifiers.contains(Identifier.ACCOUNT_ID) ? subject.accountId() : null);
		return new ErasureInstruction(requestId, systemId(), ErasureInstruction.idempotencyKeyOf(requestId, systemId()),
				understood, this.planned.categories());
	}

}
