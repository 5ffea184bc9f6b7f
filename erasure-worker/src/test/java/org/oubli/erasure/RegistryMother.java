package org.oubli.erasure;

import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.oubli.contracts.connector.ErasureAction;
import org.oubli.erasure.registry.CategoryPolicy;
import org.oubli.erasure.registry.Identifier;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.erasure.registry.RegisteredSystem;
import org.oubli.erasure.registry.SystemRegistry;

/** Registries for tests: the seed's three systems, and building blocks for bad ones. */
public final class RegistryMother {

	public static final String LEGAL_BASIS = "Code de commerce, art. L123-22";

	private RegistryMother() {
	}

	public static RegisteredSystem profiles() {
		return new RegisteredSystem("profiles", "Profiles", "Identity & Profiles team", IntegrationMode.HTTP,
				URI.create("http://localhost:8091"), List.of(Identifier.EMAIL, Identifier.ACCOUNT_ID),
				List.of(erase("account"), erase("contact"), erase("photo"), erase("listings")));
	}

	public static RegisteredSystem payments() {
		return new RegisteredSystem("payments", "Payments", "Finance team", IntegrationMode.HTTP,
				URI.create("http://localhost:8092"), List.of(Identifier.EMAIL, Identifier.ACCOUNT_ID),
				List.of(retain("invoices", LEGAL_BASIS, Period.ofYears(10)), erase("stored-cards"),
						new CategoryPolicy("customer-record", ErasureAction.ANONYMISE, "placeholder", null, null)));
	}

	/** Messaging, which (in this fixture) knows subjects by email only. */
	public static RegisteredSystem messagingByEmailOnly() {
		return new RegisteredSystem("messaging", "Messaging", "Messaging team", IntegrationMode.KAFKA, null,
				List.of(Identifier.EMAIL), List.of(erase("messages"), erase("chat-logs")));
	}

	public static SystemRegistry seedLike() {
		return SystemRegistry.of(List.of(profiles(), payments(), messagingByEmailOnly()), Map.of());
	}

	public static CategoryPolicy erase(String name) {
		return new CategoryPolicy(name, ErasureAction.ERASE, null, null, null);
	}

	public static CategoryPolicy retain(String name, String legalBasis, Period retention) {
		return new CategoryPolicy(name, ErasureAction.RETAIN, null, legalBasis, retention);
	}

	/** {@code system} with its categories replaced. */
	public static RegisteredSystem withCategories(RegisteredSystem system, CategoryPolicy... categories) {
		return new RegisteredSystem(system.id(), system.displayName(), system.owner(), system.mode(), system.baseUrl(),
				system.identifiers(), new ArrayList<>(List.of(categories)));
	}

	/** {@code system} under another id and base URL. */
	public static RegisteredSystem withIdAndUrl(RegisteredSystem system, String id, URI baseUrl) {
		return new RegisteredSystem(id, system.displayName(), system.owner(), system.mode(), baseUrl,
				system.identifiers(), system.categories());
	}

}
