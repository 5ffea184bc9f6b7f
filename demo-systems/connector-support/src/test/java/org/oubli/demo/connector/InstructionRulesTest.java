package org.oubli.demo.connector;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.ErasureInstruction;
import org.oubli.demo.connector.testing.SubjectMother;
import org.oubli.kit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InstructionRulesTest {

	private final InstructionRules rules = new InstructionRules("profiles",
			List.of(new FixedCategory("listings", ErasureAction.ERASE),
					new FixedCategory("account", ErasureAction.ERASE),
					new FixedCategory("archive", ErasureAction.RETAIN)));

	@Test
	void acceptsAnInstructionForItsOwnCategories() {
		ErasureInstruction instruction = instruction(
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("listings"),
						CategoryInstruction.retain("archive", "Code de commerce, art. L123-22", LocalDate.now())));

		assertThatNoException().isThrownBy(() -> this.rules.check(instruction.idempotencyKey(), instruction));
	}

	@Test
	void refusesAnUnknownCategoryNamingTheFieldButNotTheValue() {
		ErasureInstruction instruction = instruction(
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("secret-diary")));

		InvalidInputException refusal = refuse(instruction);

		assertThat(refusal.field()).isEqualTo("categories[1].category");
		assertThat(refusal.getMessage()).contains("listings, account, archive").doesNotContain("secret-diary");
	}

	@Test
	void refusesAnActionTheCategoryDoesNotTake() {
		ErasureInstruction instruction = instruction(List.of(CategoryInstruction.anonymise("listings", "placeholder")));

		assertThat(refuse(instruction).field()).isEqualTo("categories[0].action");
	}

	@Test
	void refusesARetentionWithoutLegalBasisOrDate() {
		ErasureInstruction noBasis = instruction(List.of(CategoryInstruction.retain("archive", " ", LocalDate.now())));
		ErasureInstruction noDate = instruction(
				List.of(CategoryInstruction.retain("archive", "Code de commerce, art. L123-22", null)));

		assertThat(refuse(noBasis).field()).isEqualTo("categories[0].legalBasis");
		assertThat(refuse(noDate).field()).isEqualTo("categories[0].retainUntil");
	}

	@Test
	void refusesACategoryListedTwice() {
		ErasureInstruction instruction = instruction(
				List.of(CategoryInstruction.erase("account"), CategoryInstruction.erase("account")));

		assertThat(refuse(instruction).field()).isEqualTo("categories[1].category");
	}

	@Test
	void refusesAnInstructionForAnotherSystem() {
		ErasureInstruction mine = everything();
		ErasureInstruction instruction = new ErasureInstruction(mine.requestId(), "payments", mine.idempotencyKey(),
				mine.subject(), mine.categories());

		assertThat(refuse(instruction).field()).isEqualTo("systemId");
	}

	@Test
	void refusesAHeaderKeyThatDiffersFromTheBody() {
		ErasureInstruction instruction = everything();

		InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
				() -> this.rules.check("another-key", instruction));

		assertThat(refusal.field()).isEqualTo("idempotencyKey");
	}

	@Test
	void refusesAnInstructionWithoutSubjectOrCategories() {
		ErasureInstruction mine = everything();

		assertThat(refuse(
				new ErasureInstruction(mine.requestId(), "profiles", mine.idempotencyKey(), null, mine.categories()))
			.field()).isEqualTo("subject.email");
		assertThat(refuse(
				new ErasureInstruction(mine.requestId(), "profiles", mine.idempotencyKey(), mine.subject(), List.of()))
			.field()).isEqualTo("categories");
	}

	private static ErasureInstruction everything() {
		return instruction(List.of(CategoryInstruction.erase("listings"), CategoryInstruction.erase("account")));
	}

	private static ErasureInstruction instruction(List<CategoryInstruction> categories) {
		return SubjectMother.instruction("profiles", SubjectMother.camille(), categories);
	}

	private InvalidInputException refuse(ErasureInstruction instruction) {
		InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
				() -> this.rules.check(null, instruction));
		assertThat(refusal).as("refusal").isNotNull();
		return refusal;
	}

	private record FixedCategory(String name, ErasureAction action) implements DataCategory {

		@Override
		public Set<String> techniques() {
			return Set.of("placeholder");
		}

		@Override
		public long count(Collection<String> accountIds) {
			return 0;
		}

		@Override
		public CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds) {
			throw new UnsupportedOperationException();
		}

	}

}
