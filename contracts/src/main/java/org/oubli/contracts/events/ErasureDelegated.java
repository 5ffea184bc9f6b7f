package org.oubli.contracts.events;

import java.time.Instant;

import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.registry.ProcessorContact;

/**
 * A system without an API is to erase: a person carries it out. For a
 * {@code processor-email} system, notification-service emails the processor's privacy
 * contact (GDPR Art. 19) the identifiers it needs and the action per category; for a
 * {@code manual} system it alerts the staff mailbox (request id and system only). Staff
 * then record the outcome in erasure-worker. Written on {@code oubli.erasure.requests}
 * because, like {@code ErasureRequested}, it carries the subject's identifiers.
 *
 * @param requestId the request
 * @param systemId the system
 * @param displayName a human name for it
 * @param owner the team answering for it
 * @param mode {@code manual} or {@code processor-email}
 * @param processor for {@code processor-email}: whom to write to; {@code null} otherwise
 * @param instruction what to do, with only the identifiers the system understands
 * @param answerBy by when the outcome must be recorded (the escalation margin before the
 * case's due date)
 */
public record ErasureDelegated(String requestId, String systemId, String displayName, String owner, String mode,
		ProcessorContact processor, ErasureInstruction instruction, Instant answerBy) implements OubliEvent {

	/** The mode of a third-party processor told by email. */
	public static final String PROCESSOR_EMAIL = "processor-email";

	/** The mode of a system staff handle by hand. */
	public static final String MANUAL = "manual";

	public boolean toProcessor() {
		return PROCESSOR_EMAIL.equals(this.mode);
	}

}
