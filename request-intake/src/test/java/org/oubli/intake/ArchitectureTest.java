package org.oubli.intake;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other in one direction only; the service depends on no
 * other service; the deadline engine is plain Java apart from its Spring wiring.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.oubli.intake");
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.oubli.intake.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void dependsOnNoOtherService() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.oubli.verification..", "org.oubli.erasure..", "org.oubli.export..",
					"org.oubli.notification..", "org.oubli.demo..", "org.oubli.testsupport..")
			.check(classes);
	}

	@Test
	void theDeadlineEngineKnowsNothingOfCasesRequestsOrStorage() {
		noClasses().that()
			.resideInAPackage("org.oubli.intake.deadline..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.oubli.intake.cases..", "org.oubli.intake.request..", "org.oubli.intake.tracking..",
					"org.springframework.data..", "org.springframework.kafka..")
			.check(classes);
	}

	@Test
	void onlyTheTrackingAndDeadLetterPackagesUseKafka() {
		noClasses().that()
			.resideOutsideOfPackages("org.oubli.intake.tracking..", "org.oubli.intake.deadletters..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
			.check(classes);
	}

}
