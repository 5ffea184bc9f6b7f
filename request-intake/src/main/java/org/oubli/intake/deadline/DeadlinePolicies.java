package org.oubli.intake.deadline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The deadline policies this service knows, by jurisdiction code and by country. */
public final class DeadlinePolicies {

	private final Map<String, DeadlinePolicy> byJurisdiction = new LinkedHashMap<>();

	private final Map<String, DeadlinePolicy> byCountry = new LinkedHashMap<>();

	public DeadlinePolicies(Collection<? extends DeadlinePolicy> policies) {
		for (DeadlinePolicy policy : policies) {
			if (this.byJurisdiction.putIfAbsent(policy.jurisdiction(), policy) != null) {
				throw new IllegalArgumentException("Two deadline policies for " + policy.jurisdiction());
			}
			if (policy instanceof StatutoryPolicy statutory) {
				for (String country : statutory.countries()) {
					if (this.byCountry.putIfAbsent(country, policy) != null) {
						throw new IllegalArgumentException("Two deadline policies for country " + country);
					}
				}
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

	/** All policies, in file order. */
	public List<DeadlinePolicy> all() {
		return List.copyOf(this.byJurisdiction.values());
	}

	/**
	 * The policy covering a country of residence: an ISO 3166-2 subdivision code
	 * ({@code CA-QC}) first, then its country ({@code FR-75} is France); empty when none
	 * covers it.
	 */
	public Optional<DeadlinePolicy> forCountry(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String normalised = code.trim().toUpperCase(Locale.ROOT);
		DeadlinePolicy exact = this.byCountry.get(normalised);
		if (exact != null) {
			return Optional.of(exact);
		}
		int dash = normalised.indexOf('-');
		return (dash > 0) ? Optional.ofNullable(this.byCountry.get(normalised.substring(0, dash))) : Optional.empty();
	}

}
