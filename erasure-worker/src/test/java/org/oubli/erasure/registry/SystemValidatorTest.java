package org.oubli.erasure.registry;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.erasure.RegistryMother;

import static org.assertj.core.api.Assertions.assertThat;

class SystemValidatorTest {

	private static final TextDraft TEXT = new TextDraft("text", "texte");

	@Test
	void aCompleteDraftHasNoProblem() {
		assertThat(SystemValidator.problemsOf(RegistryMother.crmDraft("crm"))).isEmpty();
		assertThat(SystemValidator.problemsOf(SystemDraft.of(RegistryMother.payments()))).isEmpty();
		assertThat(SystemValidator.problemsOf(SystemDraft.of(RegistryMother.stripe(true)))).isEmpty();
		assertThat(SystemValidator.problemsOf(SystemDraft.of(RegistryMother.warehouse(true)))).isEmpty();
	}

	@Test
	void namesEveryBadFieldOfTheSystem() {
		SystemDraft draft = new SystemDraft("Pay.ments", " ", null, null, null, List.of("email", "phone", "email"),
				null, null, null, null);

		assertThat(SystemValidator.problemsOf(draft)).extracting(SystemProblem::field)
			.containsExactly("id", "displayName", "owner", "mode", "identifiers[1]", "identifiers[2]", "categories");
	}

	@Test
	void anHttpSystemNeedsAnAbsoluteHttpBaseUrlAndOtherModesNone() {
		assertThat(fieldsOf(system(IntegrationMode.HTTP, null, null))).containsExactly("baseUrl");
		assertThat(fieldsOf(system(IntegrationMode.HTTP, "/dsar", null))).containsExactly("baseUrl");
		assertThat(fieldsOf(system(IntegrationMode.HTTP, "ftp://host/x", null))).containsExactly("baseUrl");
		assertThat(fieldsOf(system(IntegrationMode.HTTP, "http://payments.internal:8080", null))).isEmpty();
		assertThat(fieldsOf(system(IntegrationMode.KAFKA, "http://x", null))).containsExactly("baseUrl");
	}

	@Test
	void aProcessorSystemNeedsItsPrivacyContactAndOtherModesNone() {
		assertThat(fieldsOf(system(IntegrationMode.PROCESSOR_EMAIL, null, null))).containsExactly("processor");
		assertThat(fieldsOf(system(IntegrationMode.PROCESSOR_EMAIL, null, new ProcessorContact(" ", "not-an-email"))))
			.containsExactly("processor.organisation", "processor.privacyEmail");
		assertThat(fieldsOf(system(IntegrationMode.MANUAL, null, new ProcessorContact("Stripe", "p@stripe.example"))))
			.containsExactly("processor");
	}

	@Test
	void anonymiseNeedsAKnownTechniqueAndRetainALegalBasisAndAPositivePeriod() {
		SystemDraft draft = withCategories(category("a", ErasureAction.ANONYMISE, null, null, null),
				category("b", ErasureAction.ANONYMISE, "rot13", null, null),
				category("c", ErasureAction.RETAIN, null, " ", Period.ZERO),
				category("d", ErasureAction.RETAIN, null, null, null),
				category("e", ErasureAction.ERASE, "placeholder", "law", Period.ofYears(1)),
				category("f", ErasureAction.ANONYMISE, "ip-truncation", null, null),
				category("g", null, null, null, null));

		assertThat(SystemValidator.problemsOf(draft)).extracting(Object::toString)
			.containsExactly("categories[0].technique: is missing (required to ANONYMISE)",
					"categories[1].technique: unknown technique; known: placeholder, keyed-hash, generalise, ip-truncation",
					"categories[2].legalBasis: is missing (required to RETAIN)",
					"categories[2].retainFor: must be a positive period",
					"categories[3].legalBasis: is missing (required to RETAIN)",
					"categories[3].retainFor: is missing (required to RETAIN, an ISO 8601 period such as P10Y)",
					"categories[4].technique: only applies to ANONYMISE",
					"categories[4].legalBasis: only applies to RETAIN",
					"categories[4].retainFor: only applies to RETAIN",
					"categories[6].action: is missing (ERASE, ANONYMISE or RETAIN)");
	}

	@Test
	void categoryNamesAreUniqueAndArt15TextsAreThereInEnglishAndFrench() {
		CategoryDraft noTexts = new CategoryDraft("a", null, List.of(" "), new TextDraft("kept", null),
				new TextDraft(null, "vous"), ErasureAction.ERASE, null, null, null);
		SystemDraft draft = withCategories(noTexts, category("a", ErasureAction.ERASE, null, null, null));

		assertThat(SystemValidator.problemsOf(draft)).extracting(SystemProblem::field)
			.containsExactly("categories[0].purpose", "categories[0].retention.fr", "categories[0].source.en",
					"categories[0].recipients[0]", "categories[1].name");
	}

	@Test
	void noMessageRepeatsTheSubmittedValue() {
		SystemDraft draft = new SystemDraft("camille.martin@example.fr", "x", "y", IntegrationMode.HTTP,
				"camille.martin@example.fr", List.of("camille.martin@example.fr"), null, null, null, null);

		assertThat(SystemValidator.problemsOf(draft)).extracting(SystemProblem::message)
			.noneMatch((message) -> message.contains("camille"));
	}

	private static List<String> fieldsOf(SystemDraft draft) {
		return SystemValidator.problemsOf(draft).stream().map(SystemProblem::field).toList();
	}

	private static SystemDraft system(IntegrationMode mode, String baseUrl, ProcessorContact processor) {
		return new SystemDraft("crm", "CRM", "Sales", mode, baseUrl, List.of("email"), processor, null,
				List.of(category("contacts", ErasureAction.ERASE, null, null, null)), null);
	}

	private static SystemDraft withCategories(CategoryDraft... categories) {
		return new SystemDraft("crm", "CRM", "Sales", IntegrationMode.KAFKA, null, List.of("email"), null, null,
				List.of(categories), null);
	}

	private static CategoryDraft category(String name, ErasureAction action, String technique, String legalBasis,
			Period retainFor) {
		return new CategoryDraft(name, TEXT, List.of(), TEXT, TEXT, action, technique, legalBasis, retainFor);
	}

}
