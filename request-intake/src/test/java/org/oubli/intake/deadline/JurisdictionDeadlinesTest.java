package org.oubli.intake.deadline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.oubli.contracts.RequestType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundled policy file, jurisdiction by jurisdiction: periods, each country's public
 * holidays (2026 holidays listed by jollyday; weekdays checked against a calendar), what
 * the clock does while identity is awaited, and extensions.
 */
class JurisdictionDeadlinesTest {

	private static final DeadlinePolicies POLICIES = PolicyFile.bundled();

	@Test
	void everyPolicyNamesItsSourceAndWhetherItWasVerified() {
		assertThat(POLICIES.all()).extracting(DeadlinePolicy::jurisdiction)
			.containsExactly("EU-FR", "UK", "MA", "CM", "CA-QC", "US-CA", "BR", "CH");
		assertThat(POLICIES.all()).allSatisfy((policy) -> assertThat(policy.source()).hasSizeGreaterThan(40));
		assertThat(POLICIES.all()).filteredOn(DeadlinePolicy::verified)
			.extracting(DeadlinePolicy::jurisdiction)
			.containsExactly("EU-FR");
	}

	@Nested
	class Countries {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource({ "FR, EU-FR", "fr, EU-FR", "DE, EU-FR", "NO, EU-FR", "FR-75, EU-FR", "GB, UK", "MA, MA", "CM, CM",
				"CA-QC, CA-QC", "US-CA, US-CA", "BR, BR", "CH, CH" })
		void aCoveredCountryPicksItsPolicy(String country, String jurisdiction) {
			assertThat(POLICIES.forCountry(country)).get()
				.extracting(DeadlinePolicy::jurisdiction)
				.isEqualTo(jurisdiction);
		}

		@ParameterizedTest(name = "{0} is not covered")
		@CsvSource({ "JP", "US", "CA", "CA-ON", "US-NY" })
		void anUncoveredCountryFindsNoPolicy(String country) {
			assertThat(POLICIES.forCountry(country)).isEmpty();
		}

		@Test
		void noCountryFindsNoPolicy() {
			assertThat(POLICIES.forCountry(null)).isEmpty();
			assertThat(POLICIES.forCountry(" ")).isEmpty();
		}

	}

	@Nested
	class EuropeanUnionPausesWhileIdentityIsAwaited {

		private final DeadlinePolicy eu = POLICIES.get("EU-FR");

		private final DeadlineClock received = DeadlineClock.start(IdentityWait.PAUSE, date("2026-03-05"), true);

		@Test
		void theClockIsPausedFromReceipt() {
			assertThat(this.received.state()).isEqualTo(ClockState.PAUSED);
			// not paused yet on the day of receipt: 5 April 2026 is Easter Sunday, Easter
			// Monday a holiday
			assertThat(this.eu.dueOn(RequestType.ERASURE, this.received, date("2026-03-05"))).isEqualTo("2026-04-07");
		}

		@Test
		void eachDayPausedMovesTheDueDateOn() {
			// five days paused: 5 April + 5 = Friday 10 April
			assertThat(this.eu.dueOn(RequestType.ERASURE, this.received, date("2026-03-10"))).isEqualTo("2026-04-10");
		}

		@Test
		void resumingAddsTheDaysPausedWithoutStartingAgain() {
			DeadlineClock resumed = this.received.identityVerified(date("2026-03-12"));

			assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
			assertThat(resumed.pausedDays()).isEqualTo(7);
			assertThat(resumed.startedOn()).isEqualTo("2026-03-05");
			// 5 April + 7 = Sunday 12 April -> Monday 13 April; later days change nothing
			assertThat(this.eu.dueOn(RequestType.ERASURE, resumed, date("2026-03-30"))).isEqualTo("2026-04-13");
		}

		@Test
		void anAuthenticatedRequestNeverPauses() {
			DeadlineClock running = DeadlineClock.start(IdentityWait.PAUSE, date("2026-03-05"), false);
			assertThat(running.state()).isEqualTo(ClockState.RUNNING);
			assertThat(this.eu.dueOn(RequestType.ERASURE, running, date("2026-03-20"))).isEqualTo("2026-04-07");
		}

	}

	@Nested
	class UnitedKingdomRestartsAtVerification {

		private final DeadlinePolicy uk = POLICIES.get("UK");

		@Test
		void untilVerificationTheDueDateCountsFromReceipt() {
			DeadlineClock awaiting = DeadlineClock.start(IdentityWait.RESTART, date("2026-03-05"), true);
			assertThat(awaiting.state()).isEqualTo(ClockState.AWAITING_START);
			// Sunday 5 April, then Easter Monday, an English bank holiday -> Tuesday 7
			assertThat(this.uk.dueOn(RequestType.ACCESS, awaiting, date("2026-03-10"))).isEqualTo("2026-04-07");
		}

		@Test
		void verificationRestartsTheMonth() {
			DeadlineClock restarted = DeadlineClock.start(IdentityWait.RESTART, date("2026-03-05"), true)
				.identityVerified(date("2026-03-20"));
			assertThat(restarted.startedOn()).isEqualTo("2026-03-20");
			assertThat(restarted.pausedDays()).isZero();
			assertThat(this.uk.dueOn(RequestType.ACCESS, restarted, date("2026-03-20"))).isEqualTo("2026-04-20");
		}

		@Test
		void aSubstituteBankHolidayCounts() {
			// 26 December 2026 is a Saturday; Boxing Day's substitute is Monday 28
			DeadlineClock restarted = DeadlineClock.start(IdentityWait.RESTART, date("2026-11-20"), true)
				.identityVerified(date("2026-11-26"));
			assertThat(this.uk.dueOn(RequestType.ACCESS, restarted, date("2026-11-26"))).isEqualTo("2026-12-29");
		}

	}

	@Nested
	class CaliforniaKeepsRunning {

		private final DeadlinePolicy california = POLICIES.get("US-CA");

		@Test
		void verificationDoesNotStopTheFortyFiveDays() {
			DeadlineClock clock = DeadlineClock.start(IdentityWait.RUN, date("2026-03-05"), true);
			DeadlineClock verified = clock.identityVerified(date("2026-03-30"));
			assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
			assertThat(verified).isEqualTo(clock);
			// calendar days: Sunday 19 April stays
			assertThat(this.california.dueOn(RequestType.ERASURE, verified, date("2026-03-30")))
				.isEqualTo("2026-04-19");
		}

		@Test
		void anExtensionAddsFortyFiveDays() {
			DeadlineClock extended = DeadlineClock.start(IdentityWait.RUN, date("2026-03-05"), true).extend();
			assertThat(this.california.dueOn(RequestType.ERASURE, extended, date("2026-03-05")))
				.isEqualTo("2026-06-03");
		}

		@Test
		void anOptOutIsDueInFifteenBusinessDaysSkippingThanksgiving() {
			// from Friday 20 November 2026: Thanksgiving (26) and the day after (27) are
			// holidays in California
			DeadlineClock clock = DeadlineClock.start(IdentityWait.RUN, date("2026-11-20"), true);
			assertThat(this.california.dueOn(RequestType.OBJECTION, clock, date("2026-11-20"))).isEqualTo("2026-12-15");
		}

	}

	@Nested
	class PublicHolidaysOfEachCountry {

		@ParameterizedTest(name = "{0}: received {1}, due {2} ({3})")
		@CsvSource(delimiter = '|',
				value = { "MA | 2026-03-02 | 2026-03-13 | 10 clear days, a Friday",
						"MA | 2026-11-07 | 2026-11-19 | Independence Day, Wednesday 18 November",
						"MA | 2026-07-19 | 2026-07-31 | Throne Day, Thursday 30 July",
						"MA | 2026-03-09 | 2026-03-23 | Eid al-Fitr as computed by jollyday, Friday 20 March",
						"CM | 2026-04-20 | 2026-05-21 | National Day, Wednesday 20 May",
						"CM | 2026-01-11 | 2026-02-12 | Youth Day, Wednesday 11 February",
						"CA-QC | 2026-05-25 | 2026-06-25 | Saint-Jean-Baptiste, Wednesday 24 June",
						"CA-QC | 2026-06-01 | 2026-07-02 | Canada Day, Wednesday 1 July",
						"BR | 2026-04-06 | 2026-04-22 | Tiradentes, Tuesday 21 April",
						"CH | 2026-07-02 | 2026-08-03 | National Day, Saturday 1 August, then the weekend",
						"UK | 2026-04-04 | 2026-05-05 | Early May bank holiday, Monday 4 May",
						"EU-FR | 2026-04-14 | 2026-05-15 | Ascension, Thursday 14 May: a Friday, unmoved" })
		void moveTheLastDayToTheNextWorkingDay(String jurisdiction, String received, String due, String why) {
			assertThat(POLICIES.get(jurisdiction).dueOn(date(received))).isEqualTo(due);
		}

	}

	@Nested
	class Extensions {

		private final DeadlinePolicy eu = POLICIES.get("EU-FR");

		private final DeadlineClock running = DeadlineClock.start(IdentityWait.PAUSE, date("2026-03-05"), false);

		@Test
		void theGdprExtensionMakesThreeMonthsFromReceipt() {
			assertThat(this.eu.dueOn(RequestType.ERASURE, this.running.extend(), date("2026-03-05")))
				.isEqualTo("2026-06-05");
		}

		@Test
		void isAllowedUpToTheLastDayOfTheFirstPeriod() {
			assertThat(this.eu.extensionRefusal(RequestType.ERASURE, this.running, date("2026-04-07"))).isEmpty();
		}

		@Test
		void isRefusedOnceTheFirstPeriodEnded() {
			assertThat(this.eu.extensionRefusal(RequestType.ERASURE, this.running, date("2026-04-08"))).get()
				.asString()
				.contains("within the first period, which ended on 2026-04-07");
		}

		@Test
		void isRefusedASecondTime() {
			assertThat(this.eu.extensionRefusal(RequestType.ERASURE, this.running.extend(), date("2026-03-10")))
				.contains("the deadline was already extended once");
		}

		@Test
		void isRefusedWhereTheLawProvidesNone() {
			DeadlineClock clock = DeadlineClock.start(IdentityWait.RUN, date("2026-03-05"), false);
			assertThat(POLICIES.get("CA-QC").extensionRefusal(RequestType.ACCESS, clock, date("2026-03-06")))
				.contains("the CA-QC policy provides for no extension");
		}

		@Test
		void switzerlandAllowsOneMoreMonthOfThirtyDays() {
			DeadlineClock clock = DeadlineClock.start(IdentityWait.RUN, date("2026-07-02"), false).extend();
			assertThat(POLICIES.get("CH").dueOn(RequestType.ACCESS, clock, date("2026-07-02"))).isEqualTo("2026-08-31");
		}

	}

	@Nested
	class PolicyFileChecks {

		@Test
		void aPolicyWithoutASourceIsRefused() {
			String yaml = """
					policies:
					  - jurisdiction: XX
					    name: nowhere
					    authority: none
					    zone: UTC
					    countries: [XX]
					    period: 1 MONTHS
					    whileIdentityAwaited: RUN
					    holidays: { calendar: FRANCE }
					""";
			assertThatThrownBy(() -> PolicyFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
				.hasMessageContaining("XX")
				.hasMessageContaining("'source' is required");
		}

		@Test
		void anUnknownUnitIsRefused() {
			assertThatThrownBy(() -> Period.parse("1 FORTNIGHTS")).isInstanceOf(IllegalArgumentException.class);
		}

	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
