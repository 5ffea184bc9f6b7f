package org.oubli.erasure.registry;

import java.io.IOException;
import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.ErasureAction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped {@code erasure-systems.yml}, bound the way the service binds it. */
class SeedRegistryTest {

	private static SystemRegistry seed(Map<String, Object> overrides) throws IOException {
		List<PropertySource<?>> sources = new ArrayList<>();
		sources.add(new MapPropertySource("overrides", overrides));
		sources.addAll(new YamlPropertySourceLoader().load("seed", new ClassPathResource("erasure-systems.yml")));
		Binder binder = new Binder(ConfigurationPropertySources.from(sources), null,
				ApplicationConversionService.getSharedInstance());
		return new SystemRegistry(binder.bind("oubli.erasure", RegistryProperties.class).get());
	}

	@Test
	void seedHoldsProfilesPaymentsAndMessaging() throws IOException {
		SystemRegistry registry = seed(Map.of());

		assertThat(registry.systems()).extracting(RegisteredSystem::id, RegisteredSystem::mode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("profiles", IntegrationMode.HTTP),
					org.assertj.core.groups.Tuple.tuple("payments", IntegrationMode.HTTP),
					org.assertj.core.groups.Tuple.tuple("messaging", IntegrationMode.KAFKA));
		assertThat(registry.baseUrlOf("profiles")).contains(URI.create("http://localhost:8091"));
		assertThat(registry.baseUrlOf("payments")).contains(URI.create("http://localhost:8092"));
		assertThat(registry.find("profiles").orElseThrow().identifiers()).containsExactly(Identifier.EMAIL,
				Identifier.ACCOUNT_ID);
	}

	@Test
	void seedRetainsInvoicesTenYearsAndAnonymisesTheCustomerRecord() throws IOException {
		List<CategoryPolicy> payments = seed(Map.of()).find("payments").orElseThrow().categories();

		assertThat(payments).containsExactly(
				new CategoryPolicy("invoices", ErasureAction.RETAIN, null, "Code de commerce, art. L123-22",
						Period.ofYears(10)),
				new CategoryPolicy("stored-cards", ErasureAction.ERASE, null, null, null),
				new CategoryPolicy("customer-record", ErasureAction.ANONYMISE, "placeholder", null, null));
	}

	@Test
	void baseUrlIsOverriddenByOneFlatProperty() throws IOException {
		SystemRegistry registry = seed(Map.of("oubli.erasure.base-urls.profiles", "http://127.0.0.1:18091"));

		assertThat(registry.baseUrlOf("profiles")).contains(URI.create("http://127.0.0.1:18091"));
		assertThat(registry.baseUrlOf("payments")).contains(URI.create("http://localhost:8092"));
	}

	@Test
	void aBadEntryStopsTheStartupNamingIt() {
		new ApplicationContextRunner().withUserConfiguration(RegistryOnly.class)
			.withPropertyValues("oubli.erasure.systems[0].id=payments", "oubli.erasure.systems[0].display-name=P",
					"oubli.erasure.systems[0].owner=Finance", "oubli.erasure.systems[0].mode=http",
					"oubli.erasure.systems[0].base-url=http://localhost:8092",
					"oubli.erasure.systems[0].identifiers=email",
					"oubli.erasure.systems[0].categories[0].name=invoices",
					"oubli.erasure.systems[0].categories[0].action=RETAIN",
					"oubli.erasure.systems[0].categories[0].retention=P10Y")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidRegistryException.class)
				.hasMessageContaining("systems[0] (payments).categories[0] (invoices): legal-basis is missing"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RegistryProperties.class)
	@Import(SystemRegistry.class)
	static class RegistryOnly {

	}

}
