package org.oubli.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.oubli.contracts.subject.Language;

/**
 * The data protection supervisory authorities a refusal names, as data
 * ({@code notification/authorities.json}), keyed by the jurisdiction codes of
 * request-intake ({@code EU-FR}, {@code UK}, {@code MA}, {@code CM}, {@code CA-QC},
 * {@code US-CA}, {@code BR}, {@code CH} and a few aliases). A code not in the table has
 * no authority: the notice then names "the competent data protection authority of your
 * country" and still states the right to a judicial remedy.
 */
public final class Authorities {

	/** The file the table is read from, on the class path. */
	public static final String RESOURCE = "notification/authorities.json";

	/**
	 * One authority.
	 *
	 * @param jurisdictions the jurisdiction codes it is competent for
	 * @param acronym its short name
	 * @param name its full name per language code ({@code fr}, {@code en})
	 * @param country where, per language code
	 * @param website its site, or {@code null}
	 */
	public record Authority(List<String> jurisdictions, String acronym, Map<String, String> name,
			Map<String, String> country, String website) {

		public String nameIn(Language language) {
			return this.name.getOrDefault(code(language), this.name.get("fr"));
		}

		public String countryIn(Language language) {
			return (this.country != null) ? this.country.getOrDefault(code(language), this.country.get("fr")) : null;
		}

	}

	private record Table(List<Authority> authorities) {
	}

	private final Map<String, Authority> byJurisdiction = new HashMap<>();

	private Authorities(List<Authority> authorities) {
		for (Authority authority : authorities) {
			for (String jurisdiction : authority.jurisdictions()) {
				if (this.byJurisdiction.put(normalise(jurisdiction), authority) != null) {
					throw new IllegalStateException("Jurisdiction " + jurisdiction + " has two authorities");
				}
			}
		}
	}

	/** The table shipped with the service. */
	public static Authorities load() {
		try (InputStream in = Authorities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
			return new Authorities(mapper.readValue(in, Table.class).authorities());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The authority competent for a jurisdiction code, if the table has one. */
	public Optional<Authority> forJurisdiction(String jurisdiction) {
		return (jurisdiction != null) ? Optional.ofNullable(this.byJurisdiction.get(normalise(jurisdiction)))
				: Optional.empty();
	}

	/** Every code the table knows. */
	public java.util.Set<String> jurisdictions() {
		return java.util.Set.copyOf(this.byJurisdiction.keySet());
	}

	private static String normalise(String jurisdiction) {
		return jurisdiction.strip().toUpperCase(Locale.ROOT);
	}

	private static String code(Language language) {
		return language.name().toLowerCase(Locale.ROOT);
	}

}
