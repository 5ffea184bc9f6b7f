package org.oubli.erasure.registry;

import java.net.URI;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.erasure.RegistryMother;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemRegistryTest {

	@Test
	void keepsTheSystemsInOrder() {
		SystemRegistry registry = RegistryMother.seedLike();

		assertThat(registry.systems()).extracting(RegisteredSystem::id)
			.containsExactly("profiles", "payments", "messaging");
	}

	@Test
	void baseUrlOverrideReplacesTheConfiguredOne() {
		SystemRegistry registry = SystemRegistry.of(
				List.of(RegistryMother.profiles(), RegistryMother.payments(), RegistryMother.messagingByEmailOnly()),
				Map.of("payments", URI.create("http://127.0.0.1:18092")));

		assertThat(registry.baseUrlOf("payments")).contains(URI.create("http://127.0.0.1:18092"));
		assertThat(registry.baseUrlOf("profiles")).contains(URI.create("http://localhost:8091"));
		assertThat(registry.baseUrlOf("messaging")).isEmpty();
		assertThat(registry.baseUrlOf("unknown")).isEmpty();
	}

	@Test
	void overrideMaySupplyAMissingBaseUrl() {
		RegisteredSystem withoutUrl = RegistryMother.withIdAndUrl(RegistryMother.profiles(), "profiles", null);

		SystemRegistry registry = SystemRegistry.of(List.of(withoutUrl),
				Map.of("profiles", URI.create("http://127.0.0.1:18091")));

		assertThat(registry.baseUrlOf("profiles")).contains(URI.create("http://127.0.0.1:18091"));
	}

	@Test
	void retainWithoutLegalBasisOrPeriodIsNamed() {
		RegisteredSystem payments = RegistryMother.withCategories(RegistryMother.payments(),
				RegistryMother.retain("invoices", null, null));

		assertThatThrownBy(() -> SystemRegistry.of(List.of(RegistryMother.profiles(), payments), Map.of()))
			.isInstanceOf(InvalidRegistryException.class)
			.hasMessageContaining("systems[1] (payments).categories[0] (invoices): legal-basis is missing")
			.hasMessageContaining(
					"systems[1] (payments).categories[0] (invoices): retention must be a positive ISO 8601 period");
	}

	@Test
	void anonymiseWithoutTechniqueAndStrayFieldsAreNamed() {
		RegisteredSystem payments = RegistryMother.withCategories(RegistryMother.payments(),
				new CategoryPolicy("customer-record", ErasureAction.ANONYMISE, null, null, null),
				new CategoryPolicy("stored-cards", ErasureAction.ERASE, "placeholder", null, Period.ofYears(1)));

		assertThatThrownBy(() -> SystemRegistry.of(List.of(payments), Map.of()))
			.hasMessageContaining("systems[0] (payments).categories[0] (customer-record): technique is missing")
			.hasMessageContaining(
					"systems[0] (payments).categories[1] (stored-cards): technique only applies to ANONYMISE")
			.hasMessageContaining(
					"systems[0] (payments).categories[1] (stored-cards): legal-basis and retention only apply to RETAIN");
	}

	@Test
	void httpSystemWithoutUsableBaseUrlIsNamed() {
		RegisteredSystem noUrl = RegistryMother.withIdAndUrl(RegistryMother.profiles(), "profiles", null);
		RegisteredSystem relative = RegistryMother.withIdAndUrl(RegistryMother.payments(), "payments",
				URI.create("/payments"));

		assertThatThrownBy(() -> SystemRegistry.of(List.of(noUrl, relative), Map.of()))
			.hasMessageContaining("systems[0] (profiles): base-url is missing (required for mode http)")
			.hasMessageContaining("systems[1] (payments): base-url must be an absolute http(s) URL");
	}

	@Test
	void duplicateAndMalformedIdsAreNamed() {
		RegisteredSystem twin = RegistryMother.withIdAndUrl(RegistryMother.payments(), "profiles",
				URI.create("http://localhost:8092"));
		RegisteredSystem upper = RegistryMother.withIdAndUrl(RegistryMother.payments(), "Pay.ments",
				URI.create("http://localhost:8092"));

		assertThatThrownBy(() -> SystemRegistry.of(List.of(RegistryMother.profiles(), twin, upper), Map.of()))
			.hasMessageContaining("systems[1] (profiles): id 'profiles' is used twice")
			.hasMessageContaining("systems[2] (Pay.ments): id must be lower-case letters, digits and dashes");
	}

	@Test
	void overrideForAnUnknownOrKafkaSystemIsNamed() {
		assertThatThrownBy(() -> SystemRegistry.of(List.of(RegistryMother.messagingByEmailOnly()),
				Map.of("profile", URI.create("http://x:1"), "messaging", URI.create("http://x:2"))))
			.hasMessageContaining("base-urls.profile: no system has the id 'profile'")
			.hasMessageContaining("base-urls.messaging: system 'messaging' is not reached over http");
	}

	@Test
	void emptyRegistryIsRefused() {
		assertThatThrownBy(() -> SystemRegistry.of(List.of(), Map.of()))
			.hasMessageContaining("no system is registered");
	}

	@Test
	void systemWithoutCategoriesOrIdentifiersIsNamed() {
		RegisteredSystem bare = new RegisteredSystem("crm", "CRM", "Sales", IntegrationMode.KAFKA, null, List.of(),
				List.of());

		assertThatThrownBy(() -> SystemRegistry.of(List.of(bare), Map.of()))
			.hasMessageContaining("systems[0] (crm): identifiers is empty")
			.hasMessageContaining("systems[0] (crm): categories is empty");
	}

}
