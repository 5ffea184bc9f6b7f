package org.oubli.demo.connector.anonymise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code generalise} technique: a value is replaced by a coarser one that many people
 * share. Dates go to their month or year (a birth date to a year, a timestamp to a day or
 * a month); places go to their region and country, or a postcode to its prefix (the
 * French département). A generalised value can still single someone out when combined
 * with others: k-anonymity is a property of the whole dataset.
 */
public final class Generalise {

	/** French regions by département (the first two characters of a postcode). */
	private static final Map<String, String> FRENCH_REGIONS = FrenchRegions.byDepartement();

	private Generalise() {
	}

	/** A date's month: 14 March 2026 becomes 2026-03. */
	public static YearMonth toMonth(LocalDate date) {
		return YearMonth.from(Objects.requireNonNull(date, "date"));
	}

	/** A date's year: 14 March 2026 becomes 2026. */
	public static Year toYear(LocalDate date) {
		return Year.from(Objects.requireNonNull(date, "date"));
	}

	/**
	 * An instant cut to the start of its day, month or year in a zone.
	 * @param at the instant
	 * @param zone where the calendar is read (a day starts at different instants)
	 * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#MONTHS} or
	 * {@link ChronoUnit#YEARS}
	 */
	public static Instant toStartOf(Instant at, ZoneId zone, ChronoUnit unit) {
		LocalDate date = LocalDate.ofInstant(Objects.requireNonNull(at, "at"), zone);
		LocalDate start = switch (unit) {
			case DAYS -> date;
			case MONTHS -> date.withDayOfMonth(1);
			case YEARS -> date.withDayOfYear(1);
			default -> throw new IllegalArgumentException("Generalise to DAYS, MONTHS or YEARS, not " + unit);
		};
		return start.atStartOfDay(zone).toInstant();
	}

	/**
	 * The first {@code digits} characters of a postcode, spaces removed: {@code 75011} to
	 * {@code 75} with 2 digits. A postcode no longer than the prefix gives nothing: it
	 * would not be generalised.
	 */
	public static Optional<String> postcodePrefix(String postcode, int digits) {
		if (digits < 1) {
			throw new IllegalArgumentException("Keep at least one character of a postcode");
		}
		if (postcode == null) {
			return Optional.empty();
		}
		String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return (compact.length() > digits) ? Optional.of(compact.substring(0, digits)) : Optional.empty();
	}

	/**
	 * A place generalised to its region and country. For France the region comes from the
	 * postcode's département (Corsica 20xxx, overseas 97x), and the postcode keeps its
	 * département; elsewhere only the country is kept. Street and city are never kept.
	 * @param postcode the postcode, or {@code null}
	 * @param country ISO 3166 alpha-2 code
	 */
	public static GeneralisedPlace place(String postcode, String country) {
		String iso = (country != null) ? country.strip().toUpperCase(Locale.ROOT) : null;
		if (!"FR".equals(iso)) {
			return new GeneralisedPlace(null, null, iso);
		}
		Optional<String> departement = frenchDepartement(postcode);
		return new GeneralisedPlace(departement.map(FRENCH_REGIONS::get).orElse(null), departement.orElse(null), iso);
	}

	private static Optional<String> frenchDepartement(String postcode) {
		if (postcode == null || !postcode.strip().matches("\\d{5}")) {
			return Optional.empty();
		}
		String code = postcode.strip();
		String departement = code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
		return FRENCH_REGIONS.containsKey(departement) ? Optional.of(departement) : Optional.empty();
	}

	/**
	 * A generalised place.
	 *
	 * @param region the region ({@code Île-de-France}), or {@code null} if unknown
	 * @param postcodePrefix the postcode's département ({@code 75}), or {@code null}
	 * @param country ISO 3166 alpha-2 code, or {@code null}
	 */
	public record GeneralisedPlace(String region, String postcodePrefix, String country) {
	}

}
