package org.oubli.notification.template;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.ErasureDelegated;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.notification.NotificationProperties;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureDelegationTemplatesTest {

	private static final String REQUEST = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";

	private final ErasureDelegationTemplates templates = new ErasureDelegationTemplates(new NotificationProperties(
			"Oubli <no-reply@oubli.localhost>", URI.create("http://localhost:8082/"), "privacy@oubli.localhost",
			ZoneId.of("Europe/Paris"), "privacy-team@oubli.localhost", URI.create("http://intake.example:8081/")));

	@Test
	void theProcessorGetsTheIdentifiersItNeedsAndTheActionsInFrenchThenEnglish() {
		RenderedEmail email = this.templates.processorErasure(
				delegated(ErasureDelegated.PROCESSOR_EMAIL, new ProcessorContact("Stripe", "privacy@stripe.example")));

		assertThat(email.languages()).containsExactly(Language.FR, Language.EN);
		assertThat(email.subject()).isEqualTo("Demande d’effacement RGPD / GDPR erasure request (" + REQUEST + ")")
			.doesNotContain("camille");
		assertThat(email.text()).contains("articles 17 et 19 du RGPD", "Articles 17 and 19 of the GDPR",
				"Référence de la demande : " + REQUEST, "camille.martin@example.fr", "acc-1001", "- customer: ERASE",
				"- invoices: RETAIN (Code de commerce, art. L123-22) until 2036-03-05", "avant le 2026-03-31",
				"before 2026-03-31", "privacy@oubli.localhost");
		assertThat(email.html()).contains("camille.martin@example.fr", "Stripe");
	}

	@Test
	void theStaffTaskNamesTheRequestAndSystemButNotTheSubject() {
		RenderedEmail email = this.templates.manualErasure(delegated(ErasureDelegated.MANUAL, null));

		assertThat(email.languages()).containsExactly(Language.FR, Language.EN);
		assertThat(email.text())
			.contains(REQUEST, "Back office (backoffice)", "- customer: ERASE",
					"/staff/api/v1/erasures/" + REQUEST + "/tasks/backoffice/completion")
			.doesNotContain("camille")
			.doesNotContain("acc-1001");
		assertThat(email.html()).doesNotContain("camille").doesNotContain("acc-1001");
	}

	private static ErasureDelegated delegated(String mode, ProcessorContact processor) {
		String systemId = (processor != null) ? "stripe" : "backoffice";
		ErasureInstruction instruction = new ErasureInstruction(REQUEST, systemId, REQUEST + ":" + systemId + ":erase",
				new SubjectIdentifiers(EmailAddress.of("camille.martin@example.fr"), "acc-1001"),
				List.of(CategoryInstruction.erase("customer"), CategoryInstruction.retain("invoices",
						"Code de commerce, art. L123-22", LocalDate.parse("2036-03-05"))));
		return new ErasureDelegated(REQUEST, systemId, (processor != null) ? "Stripe" : "Back office", "Finance team",
				mode, processor, instruction, Instant.parse("2026-03-31T10:00:00Z"));
	}

}
