package org.oubli.erasure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other in one direction only, and only the connector
 * package knows how http systems are reached.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.oubli.erasure");
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.oubli.erasure.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void onlyTheConnectorKnowsFeignAndResilience4j() {
		noClasses().that()
			.resideOutsideOfPackage("org.oubli.erasure.connector..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..", "io.github.resilience4j..")
			.check(classes);
	}

}
