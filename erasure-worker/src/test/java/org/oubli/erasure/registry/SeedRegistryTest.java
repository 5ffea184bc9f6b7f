package org.oubli.erasure.registry;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.oubli.contracts.Topics;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.kit.events.OubliJson;
import org.oubli.testsupport.InMemoryMongo;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The shipped {@code erasure-systems.yml}, bound the way the service binds it and stored
 * in a MongoDB wire server the way the service stores it on start.
 */
class SeedRegistryTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo();

	private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

	private MongoTemplate template;

	private SystemStore store;

	@BeforeEach
	void emptyStore() {
		this.template = new MongoTemplate(mongo.client(), "seed-registry-test");
		this.template.dropCollection(SystemStore.COLLECTION);
		this.store = new SystemStore(this.template);
	}

	private static RegistryProperties seed(Map<String, Object> overrides) throws IOException {
		List<PropertySource<?>> sources = new ArrayList<>();
		sources.add(new MapPropertySource("overrides", overrides));
		sources.addAll(new YamlPropertySourceLoader().load("seed", new ClassPathResource("erasure-systems.yml")));
		Binder binder = new Binder(ConfigurationPropertySources.from(sources), null,
				ApplicationConversionService.getSharedInstance());
		return binder.bind("oubli.erasure", RegistryProperties.class).get();
	}

	@Test
	void theSeedRegistersEverySystemInOrderWithTheManualAndProcessorOnesDisabled() throws IOException {
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);

		assertThat(this.store.all()).extracting(SystemDescriptor::id, SystemDescriptor::mode, SystemDescriptor::enabled)
			.containsExactly(tuple("profiles", IntegrationMode.HTTP, true),
					tuple("payments", IntegrationMode.HTTP, true), tuple("messaging", IntegrationMode.KAFKA, true),
					tuple("warehouse", IntegrationMode.MANUAL, false),
					tuple("stripe", IntegrationMode.PROCESSOR_EMAIL, false),
					tuple("tawk-to", IntegrationMode.PROCESSOR_EMAIL, false));
		assertThat(this.store.all()).allSatisfy((system) -> {
			assertThat(system.version()).isEqualTo(1);
			assertThat(system.updatedAt()).isEqualTo(NOW);
		});
		SystemDescriptor stripe = this.store.find("stripe").orElseThrow();
		assertThat(stripe.processor().organisation()).isEqualTo("Stripe");
		assertThat(stripe.processor().privacyEmail()).endsWith(".example");
	}

	@Test
	void paymentsRetainsInvoicesTenYearsAndAnonymisesWithKnownTechniques() throws IOException {
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);

		List<CategoryDescriptor> payments = this.store.find("payments").orElseThrow().categories();
		assertThat(payments)
			.extracting(CategoryDescriptor::name, CategoryDescriptor::action, CategoryDescriptor::technique,
					CategoryDescriptor::legalBasis, CategoryDescriptor::retainFor)
			.containsExactly(
					tuple("invoices", ErasureAction.RETAIN, null, "Code de commerce, art. L123-22", Period.ofYears(10)),
					tuple("stored-cards", ErasureAction.ERASE, null, null, null),
					tuple("customer-record", ErasureAction.ANONYMISE, "placeholder", null, null),
					tuple("billing-address", ErasureAction.ANONYMISE, "generalise", null, null));
		assertThat(payments.get(0).retention().fr()).contains("10 ans");
		assertThat(payments.get(0).recipients()).isNotEmpty();
		assertThat(this.store.find("profiles").orElseThrow().categories()).last()
			.satisfies((logs) -> assertThat(logs.technique()).isEqualTo("ip-truncation"));
	}

	@Test
	void seedingAgainKeepsAdministratorsEditsAndAddsOnlyNewIds() throws IOException {
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);
		SystemDescriptor payments = this.store.find("payments").orElseThrow();
		SystemDescriptor edited = new SystemDescriptor("payments", "Billing", payments.owner(), payments.mode(),
				payments.baseUrl(), payments.identifiers(), null, false, payments.categories(), 2, NOW);
		assertThat(this.store.replace(1, edited)).isTrue();
		this.template.remove(
				new org.springframework.data.mongodb.core.query.Query(
						org.springframework.data.mongodb.core.query.Criteria.where("_id").is("tawk-to")),
				SystemStore.COLLECTION);

		RegistrySeed.apply(this.store, seed(Map.of()), NOW.plusSeconds(60));

		assertThat(this.store.all()).hasSize(6);
		assertThat(this.store.find("payments").orElseThrow()).satisfies((kept) -> {
			assertThat(kept.displayName()).isEqualTo("Billing");
			assertThat(kept.enabled()).isFalse();
			assertThat(kept.version()).isEqualTo(2);
		});
		assertThat(this.store.find("tawk-to")).get()
			.satisfies((again) -> assertThat(again.updatedAt()).isEqualTo(NOW.plusSeconds(60)));
	}

	@Test
	void everyStartPublishesEveryStoredSystemThroughTheOutbox() throws IOException {
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);

		Document payments = this.template.findById("payments", Document.class, SystemStore.COLLECTION);
		List<Document> outbox = payments.getList("outbox", Document.class);
		assertThat(outbox).as("one entry at the first start, one more at the second").hasSize(2).allSatisfy((entry) -> {
			assertThat(entry.getString("topic")).isEqualTo(Topics.REGISTRY_SYSTEMS);
			assertThat(entry.getString("key")).isEqualTo("payments");
			assertThat(OubliJson.mapper().readValue(entry.getString("body"), SystemDescriptor.class))
				.isEqualTo(this.store.find("payments").orElseThrow());
		});
	}

	@Test
	void aBaseUrlOverrideIsStoredWithTheSeedAndWinsAtCallTime() throws IOException {
		RegistryProperties properties = seed(Map.of("oubli.erasure.base-urls.profiles", "http://127.0.0.1:18091"));
		RegistrySeed.apply(this.store, properties, NOW);
		SystemRegistry registry = new SystemRegistry(this.store::all, properties.baseUrls());

		assertThat(this.store.find("profiles").orElseThrow().baseUrl()).isEqualTo("http://127.0.0.1:18091");
		assertThat(registry.baseUrlOf("profiles")).contains(URI.create("http://127.0.0.1:18091"));
		assertThat(registry.baseUrlOf("payments")).contains(URI.create("http://localhost:8092"));
		assertThat(registry.baseUrlOf("messaging")).isEmpty();
		assertThat(registry.baseUrlOf("unknown")).isEmpty();
	}

	@Test
	void aBadEntryOrOverrideStopsTheStartupNamingItAndStoresNothing() throws IOException {
		RegistryProperties shipped = seed(Map.of());
		List<SystemDraft> systems = new ArrayList<>(shipped.systems());
		SystemDraft payments = systems.get(1);
		List<CategoryDraft> paymentCategories = new ArrayList<>(payments.categories());
		CategoryDraft invoices = paymentCategories.get(0);
		paymentCategories.set(0, new CategoryDraft(invoices.name(), invoices.purpose(), invoices.recipients(),
				invoices.retention(), invoices.source(), invoices.action(), null, " ", invoices.retainFor()));
		systems.set(1, new SystemDraft(payments.id(), payments.displayName(), payments.owner(), payments.mode(),
				payments.baseUrl(), payments.identifiers(), null, null, paymentCategories, null));
		systems.add(systems.get(0));
		RegistryProperties properties = new RegistryProperties(systems,
				Map.of("messaging", URI.create("http://127.0.0.1:1"), "crm", URI.create("http://127.0.0.1:2")),
				Duration.ZERO);

		assertThatThrownBy(() -> RegistrySeed.apply(this.store, properties, NOW))
			.isInstanceOf(InvalidRegistryException.class)
			.hasMessageContaining("systems[1] (payments).categories[0].legalBasis: is missing")
			.hasMessageContaining("systems[6] (profiles): id 'profiles' is used twice")
			.hasMessageContaining("base-urls.messaging: system 'messaging' is not reached over http")
			.hasMessageContaining("base-urls.crm: no system has the id 'crm'");
		assertThat(this.store.all()).isEmpty();
	}

	@Test
	void theSnapshotServesPlansUntilItExpiresOrThisInstanceChangesTheRegistry() throws IOException {
		RegistrySeed.apply(this.store, seed(Map.of()), NOW);
		SystemSnapshot cached = new SystemSnapshot(this.store, Duration.ofHours(1));
		SystemSnapshot uncached = new SystemSnapshot(this.store, Duration.ZERO);
		assertThat(cached.get()).hasSize(6);
		assertThat(uncached.get()).hasSize(6);

		this.template.remove(
				new org.springframework.data.mongodb.core.query.Query(
						org.springframework.data.mongodb.core.query.Criteria.where("_id").is("tawk-to")),
				SystemStore.COLLECTION);

		assertThat(cached.get()).as("another instance's change, within the cache time").hasSize(6);
		assertThat(uncached.get()).hasSize(5);
		cached.invalidate();
		assertThat(cached.get()).hasSize(5);
	}

}
