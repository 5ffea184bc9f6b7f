package org.oubli.intake.cases;

import java.util.List;

import org.oubli.contracts.connector.CategoryOutcome;

/**
 * What one data-holding system did, or has yet to do, for a request. No personal data.
 *
 * @param systemId the system
 * @param displayName a human name for it
 * @param state how far it is
 * @param outcomes per data category, once it answered
 * @param failure why it failed, once it did
 */
public record SystemProgress(String systemId, String displayName, SystemState state, List<CategoryOutcome> outcomes,
		String failure) {

	public SystemProgress {
		outcomes = (outcomes != null) ? List.copyOf(outcomes) : List.of();
	}

	public static SystemProgress pending(String systemId, String displayName) {
		return new SystemProgress(systemId, displayName, SystemState.PENDING, List.of(), null);
	}

	public SystemProgress done(List<CategoryOutcome> outcomes) {
		return new SystemProgress(this.systemId, this.displayName, SystemState.DONE, outcomes, null);
	}

	public SystemProgress failed(String reason) {
		return new SystemProgress(this.systemId, this.displayName, SystemState.FAILED, this.outcomes, reason);
	}

}
