package org.oubli.erasure.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.contracts.events.PlannedSystem;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.contracts.subject.SubjectIdentifiers;
import org.oubli.erasure.RegistryMother;
import org.oubli.erasure.SubjectMother;
import org.oubli.erasure.registry.Identifier;
import org.oubli.erasure.registry.IntegrationMode;
import org.oubli.erasure.registry.SystemRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class PlanBuilderTest {

	private static final String REQUEST = "7d0c4a52-5f0e-4a8e-9d7c-2f6a1b3c4d5e";

	private static PlanBuilder builderAt(String instant) {
		return builderAt(instant, RegistryMother.seedLike());
	}

	private static PlanBuilder builderAt(String instant, SystemRegistry registry) {
		return new PlanBuilder(registry, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
				new PlanProperties(ZoneId.of("Europe/Paris")));
	}

	@Test
	void plansEverySystemInRegistryOrderWithItsMode() {
		ErasurePlan plan = builderAt("2026-03-10T09:00:00Z").plan();

		assertThat(plan.frozenAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
		assertThat(plan.planned()).extracting(PlannedSystem::systemId, PlannedSystem::displayName, PlannedSystem::mode)
			.containsExactly(tuple("profiles", "Profiles", "http"), tuple("payments", "Payments", "http"),
					tuple("messaging", "Messaging", "kafka"));
		assertThat(plan.systems()).extracting(SystemPlan::mode)
			.containsExactly(IntegrationMode.HTTP, IntegrationMode.HTTP, IntegrationMode.KAFKA);
	}

	@Test
	void leavesDisabledSystemsOutAndPlansManualAndProcessorSystemsInTheirModes() {
		SystemDescriptor disabledPayments = RegistryMother.payments();
		disabledPayments = new SystemDescriptor(disabledPayments.id(), disabledPayments.displayName(),
				disabledPayments.owner(), disabledPayments.mode(), disabledPayments.baseUrl(),
				disabledPayments.identifiers(), null, false, disabledPayments.categories(), 2,
				disabledPayments.updatedAt());
		SystemRegistry registry = SystemRegistry.of(List.of(RegistryMother.profiles(), disabledPayments,
				RegistryMother.warehouse(true), RegistryMother.stripe(true), RegistryMother.stripe(false)), Map.of());

		ErasurePlan plan = builderAt("2026-03-10T09:00:00Z", registry).plan();

		assertThat(plan.planned()).extracting(PlannedSystem::systemId, PlannedSystem::mode)
			.containsExactly(tuple("profiles", "http"), tuple("warehouse", "manual"),
					tuple("stripe", "processor-email"));
		assertThat(plan.systems()).extracting(SystemPlan::mode)
			.containsExactly(IntegrationMode.HTTP, IntegrationMode.MANUAL, IntegrationMode.PROCESSOR_EMAIL);
		assertThat(plan.systems().get(2).identifiers()).containsExactly(Identifier.EMAIL);
	}

	@Test
	void refusesToPlanWithoutAnEnabledSystem() {
		SystemRegistry registry = SystemRegistry.of(List.of(RegistryMother.stripe(false)), Map.of());

		assertThatThrownBy(() -> builderAt("2026-03-10T09:00:00Z", registry).plan())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No enabled system");
	}

	@Test
	void aPlanOnceBuiltDoesNotFollowTheRegistry() {
		List<SystemDescriptor> live = new ArrayList<>(List.of(RegistryMother.profiles(), RegistryMother.payments()));
		PlanBuilder builder = builderAt("2026-03-10T09:00:00Z", new SystemRegistry(() -> List.copyOf(live), Map.of()));
		ErasurePlan frozen = builder.plan();

		live.remove(1);
		live.add(RegistryMother.messagingByEmailOnly());

		assertThat(frozen.planned()).extracting(PlannedSystem::systemId).containsExactly("profiles", "payments");
		assertThat(builder.plan().planned()).extracting(PlannedSystem::systemId)
			.containsExactly("profiles", "messaging");
	}

	@Test
	void turnsEachCategoryPolicyIntoItsInstruction() {
		PlannedSystem payments = builderAt("2026-03-10T09:00:00Z").plan().planned().get(1);

		assertThat(payments.categories()).containsExactly(
				CategoryInstruction.retain("invoices", RegistryMother.LEGAL_BASIS, LocalDate.parse("2036-03-10")),
				CategoryInstruction.erase("stored-cards"),
				CategoryInstruction.anonymise("customer-record", "placeholder"));
	}

	@Test
	void retentionRunsFromTheFanOutDateInTheControllersZone() {
		// 23:30 UTC on 14 March is already 15 March in Paris
		PlannedSystem payments = builderAt("2026-03-14T23:30:00Z").plan().planned().get(1);

		assertThat(payments.categories().get(0).retainUntil()).isEqualTo(LocalDate.parse("2036-03-15"));
	}

	@Test
	void retentionFromALeapDayEndsOnTheLastDayOfFebruary() {
		PlannedSystem payments = builderAt("2028-02-29T10:00:00Z").plan().planned().get(1);

		assertThat(payments.categories().get(0).retainUntil()).isEqualTo(LocalDate.parse("2038-02-28"));
	}

	@Test
	void instructionCarriesTheIdempotencyKeyAndEveryCategory() {
		SystemPlan profiles = builderAt("2026-03-10T09:00:00Z").plan().systems().get(0);

		ErasureInstruction instruction = profiles.instruction(REQUEST, SubjectIdentifiers.of(SubjectMother.camille()));

		assertThat(instruction.requestId()).isEqualTo(REQUEST);
		assertThat(instruction.systemId()).isEqualTo("profiles");
		assertThat(instruction.idempotencyKey()).isEqualTo(REQUEST + ":profiles:erase");
		assertThat(instruction.categories()).extracting(CategoryInstruction::category)
			.containsExactly("account", "contact", "photo", "listings");
		assertThat(instruction.categories()).extracting(CategoryInstruction::action).containsOnly(ErasureAction.ERASE);
		assertThat(instruction.subject().email()).isEqualTo(SubjectMother.camille().email());
		assertThat(instruction.subject().accountId()).isEqualTo("acc-1001");
	}

	@Test
	void instructionCarriesOnlyTheIdentifiersTheSystemUnderstands() {
		SystemPlan messaging = builderAt("2026-03-10T09:00:00Z").plan().systems().get(2);

		ErasureInstruction instruction = messaging.instruction(REQUEST, SubjectIdentifiers.of(SubjectMother.camille()));

		assertThat(instruction.subject().email()).isEqualTo(SubjectMother.camille().email());
		assertThat(instruction.subject().accountId()).isNull();
	}

}
