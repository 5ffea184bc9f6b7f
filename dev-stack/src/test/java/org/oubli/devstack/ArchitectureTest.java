package org.oubli.devstack;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Services never depend on each other, only on contracts and the kit; contracts depend on
 * no Spring; demo systems are outside Oubli and no Oubli service knows them.
 */
class ArchitectureTest {

	private static final List<String> APPLICATIONS = List.of("org.oubli.intake", "org.oubli.verification",
			"org.oubli.erasure", "org.oubli.export", "org.oubli.notification", "org.oubli.demo.profiles",
			"org.oubli.demo.payments", "org.oubli.demo.messaging");

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.oubli");
	}

	@TestFactory
	List<DynamicTest> noApplicationDependsOnAnother() {
		return APPLICATIONS.stream().map((application) -> DynamicTest.dynamicTest(application, () -> {
			String[] others = APPLICATIONS.stream()
				.filter((other) -> !other.equals(application))
				.map((other) -> other + "..")
				.toArray(String[]::new);
			noClasses().that()
				.resideInAPackage(application + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.check(classes);
		})).toList();
	}

	@Test
	void contractsDependOnNoSpringAndNoService() {
		noClasses().that()
			.resideInAPackage("org.oubli.contracts..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.oubli.kit..", "org.oubli.intake..",
					"org.oubli.verification..", "org.oubli.erasure..", "org.oubli.export..", "org.oubli.notification..",
					"tools.jackson..")
			.check(classes);
	}

	@Test
	void theKitKnowsNoService() {
		noClasses().that()
			.resideInAPackage("org.oubli.kit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(APPLICATIONS.stream().map((application) -> application + "..").toArray(String[]::new))
			.check(classes);
	}

}
