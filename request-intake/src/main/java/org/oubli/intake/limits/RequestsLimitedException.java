package org.oubli.intake.limits;

/** A new request was refused by an abuse limit; answered with a 429 problem. */
public class RequestsLimitedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient LimitDecision decision;

	RequestsLimitedException(LimitDecision decision) {
		super("Request refused by the " + decision.limit() + " limit");
		this.decision = decision;
	}

	public LimitDecision decision() {
		return this.decision;
	}

}
