package org.oubli.export.archive;

import java.util.Map;

import org.oubli.contracts.registry.LocalizedText;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oubli.export.summary.*}: the controller-level Art. 15 items the registry does
 * not hold. The per-category items (purposes, recipients, retention, source) come from
 * the registry descriptors.
 *
 * @param controller who answers (the platform's legal name)
 * @param contact where the subject writes with questions (a business address)
 * @param jurisdiction the controller's establishment, picks the authority ({@code EU-FR})
 * @param authorities the supervisory authority by jurisdiction (Art. 15(1)(f))
 * @param automatedDecisions Art. 15(1)(h): the decisions, their logic and consequences,
 * or that there are none
 * @param transferSafeguards Art. 15(2): transfers outside the EEA and their safeguards
 */
@ConfigurationProperties("oubli.export.summary")
public record SummaryProperties(String controller, String contact, String jurisdiction,
		Map<String, Authority> authorities, LocalizedText automatedDecisions, LocalizedText transferSafeguards) {

	public SummaryProperties {
		authorities = (authorities != null) ? Map.copyOf(authorities) : Map.of();
	}

	/**
	 * A supervisory authority.
	 *
	 * @param name its name, in both languages
	 * @param url where complaints are lodged
	 */
	public record Authority(LocalizedText name, String url) {
	}

	Authority authority() {
		Authority authority = this.authorities.get(this.jurisdiction);
		if (authority == null) {
			throw new IllegalStateException(
					"No supervisory authority configured for jurisdiction " + this.jurisdiction);
		}
		return authority;
	}

}
