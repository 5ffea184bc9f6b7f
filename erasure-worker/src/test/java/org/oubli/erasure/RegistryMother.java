package org.oubli.erasure;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.LocalizedText;
import org.oubli.contracts.registry.ProcessorContact;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.erasure.registry.CategoryDraft;
import org.oubli.erasure.registry.SystemDraft;
import org.oubli.erasure.registry.SystemRegistry;
import org.oubli.erasure.registry.TextDraft;

/** Registries for tests: the seed's three active systems, and drafts good and bad. */
public final class RegistryMother {

	public static final String LEGAL_BASIS = "Code de commerce, art. L123-22";

	private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

	private static final LocalizedText TEXT = new LocalizedText("text", "texte");

	private RegistryMother() {
	}

	public static SystemDescriptor profiles() {
		return new SystemDescriptor("profiles", "Profiles", "Identity & Profiles team", IntegrationMode.HTTP,
				"http://localhost:8091", List.of("email", "account-id"), null, true,
				List.of(erase("account"), erase("contact"), erase("photo"), erase("listings")), 1, AT);
	}

	public static SystemDescriptor payments() {
		return new SystemDescriptor("payments", "Payments", "Finance team", IntegrationMode.HTTP,
				"http://localhost:8092", List.of("email", "account-id"), null, true,
				List.of(retain("invoices", LEGAL_BASIS, Period.ofYears(10)), erase("stored-cards"),
						anonymise("customer-record", "placeholder")),
				1, AT);
	}

	/** Messaging, which (in this fixture) knows subjects by email only. */
	public static SystemDescriptor messagingByEmailOnly() {
		return new SystemDescriptor("messaging", "Messaging", "Messaging team", IntegrationMode.KAFKA, null,
				List.of("email"), null, true, List.of(erase("messages"), erase("chat-logs")), 1, AT);
	}

	/** A processor told by email, disabled unless {@code enabled}. */
	public static SystemDescriptor stripe(boolean enabled) {
		return new SystemDescriptor("stripe", "Stripe", "Finance team", IntegrationMode.PROCESSOR_EMAIL, null,
				List.of("email"), new ProcessorContact("Stripe", "privacy@stripe.example"), enabled,
				List.of(erase("psp-customer")), 1, AT);
	}

	/** A paper archive, disabled unless {@code enabled}. */
	public static SystemDescriptor warehouse(boolean enabled) {
		return new SystemDescriptor("warehouse", "Paper archive", "Operations team", IntegrationMode.MANUAL, null,
				List.of("email", "account-id"), null, enabled, List.of(erase("paper-forms")), 1, AT);
	}

	public static SystemRegistry seedLike() {
		return SystemRegistry.of(List.of(profiles(), payments(), messagingByEmailOnly()), Map.of());
	}

	public static CategoryDescriptor erase(String name) {
		return new CategoryDescriptor(name, TEXT, List.of("team"), TEXT, TEXT, ErasureAction.ERASE, null, null, null);
	}

	public static CategoryDescriptor anonymise(String name, String technique) {
		return new CategoryDescriptor(name, TEXT, List.of("team"), TEXT, TEXT, ErasureAction.ANONYMISE, technique, null,
				null);
	}

	public static CategoryDescriptor retain(String name, String legalBasis, Period retention) {
		return new CategoryDescriptor(name, TEXT, List.of("team"), TEXT, TEXT, ErasureAction.RETAIN, null, legalBasis,
				retention);
	}

	/** A valid draft of a new kafka system, {@code crm}. */
	public static SystemDraft crmDraft(String id) {
		TextDraft text = new TextDraft("Sales follow-up", "Suivi commercial");
		return new SystemDraft(id, "CRM", "Sales team", IntegrationMode.KAFKA, null, List.of("email"), null, null,
				List.of(new CategoryDraft("contacts", text, List.of("Sales team"), text, text, ErasureAction.ERASE,
						null, null, null),
						new CategoryDraft("deals", text, List.of(), text, text, ErasureAction.RETAIN, null,
								"Code de commerce, art. L110-4", Period.ofYears(5))),
				null);
	}

}
