package org.oubli.intake.deadline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The deadline policies this service knows, by jurisdiction code. */
public final class DeadlinePolicies {

	private final Map<String, DeadlinePolicy> byJurisdiction = new LinkedHashMap<>();

	public DeadlinePolicies(Collection<? extends DeadlinePolicy> policies) {
		for (DeadlinePolicy policy : policies) {
			if (this.byJurisdiction.putIfAbsent(policy.jurisdiction(), policy) != null) {
				throw new IllegalArgumentException("Two deadline policies for " + policy.jurisdiction());
			}
		}
	}

	public Optional<DeadlinePolicy> find(String jurisdiction) {
		return Optional.ofNullable(this.byJurisdiction.get(jurisdiction));
	}

	/** The policy of a jurisdiction a case was opened under. */
	public DeadlinePolicy get(String jurisdiction) {
		return find(jurisdiction)
			.orElseThrow(() -> new IllegalArgumentException("No deadline policy for jurisdiction " + jurisdiction));
	}

}
