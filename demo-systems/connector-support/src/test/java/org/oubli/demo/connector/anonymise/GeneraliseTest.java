package org.oubli.demo.connector.anonymise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.oubli.demo.connector.anonymise.Generalise.GeneralisedPlace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneraliseTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void aDateGoesToItsMonthOrYear() {
		assertThat(Generalise.toMonth(LocalDate.parse("2024-02-29"))).isEqualTo(YearMonth.of(2024, 2));
		assertThat(Generalise.toYear(LocalDate.parse("1987-12-31"))).isEqualTo(Year.of(1987));
	}

	@Test
	void anInstantGoesToTheStartOfItsDayMonthOrYearInTheZone() {
		// 23:30 UTC on 31 December is already 1 January in Paris
		Instant newYearsEve = Instant.parse("2025-12-31T23:30:00Z");

		assertThat(Generalise.toStartOf(newYearsEve, PARIS, ChronoUnit.DAYS))
			.isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
		assertThat(Generalise.toStartOf(newYearsEve, PARIS, ChronoUnit.MONTHS))
			.isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
		assertThat(Generalise.toStartOf(newYearsEve, ZoneId.of("UTC"), ChronoUnit.YEARS))
			.isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
		assertThat(Generalise.toStartOf(Instant.parse("2026-03-29T12:00:00Z"), PARIS, ChronoUnit.DAYS))
			.as("the day summer time starts")
			.isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		assertThatThrownBy(() -> Generalise.toStartOf(newYearsEve, PARIS, ChronoUnit.HOURS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "69002, FR, Auvergne-Rhône-Alpes, 69", "75009, fr, Île-de-France, 75", "20000, FR, Corse, 20",
			"97400, FR, La Réunion, 974", "13001, FR, Provence-Alpes-Côte d'Azur, 13",
			"44000, FR, Pays de la Loire, 44" })
	void aFrenchPlaceKeepsItsRegionAndDepartement(String postcode, String country, String region, String prefix) {
		assertThat(Generalise.place(postcode, country)).isEqualTo(new GeneralisedPlace(region, prefix, "FR"));
	}

	@Test
	void aPlaceElsewhereOrUnknownKeepsOnlyItsCountry() {
		assertThat(Generalise.place("SW1A 1AA", "GB")).isEqualTo(new GeneralisedPlace(null, null, "GB"));
		assertThat(Generalise.place("99999", "FR")).isEqualTo(new GeneralisedPlace(null, null, "FR"));
		assertThat(Generalise.place(null, "FR")).isEqualTo(new GeneralisedPlace(null, null, "FR"));
		assertThat(Generalise.place("75009", null)).isEqualTo(new GeneralisedPlace(null, null, null));
	}

	@Test
	void aPostcodeKeepsItsPrefixOnlyWhenThatHidesSomething() {
		assertThat(Generalise.postcodePrefix("75011", 2)).contains("75");
		assertThat(Generalise.postcodePrefix("sw1a 1aa", 3)).contains("SW1");
		assertThat(Generalise.postcodePrefix("75", 2)).isEmpty();
		assertThat(Generalise.postcodePrefix(null, 2)).isEmpty();
		assertThatThrownBy(() -> Generalise.postcodePrefix("75011", 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
