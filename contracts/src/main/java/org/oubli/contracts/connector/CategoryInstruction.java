package org.oubli.contracts.connector;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The action a system must take on one data category.
 *
 * @param category the category name, as the registry knows it ({@code invoices},
 * {@code messages})
 * @param action what to do
 * @param technique for {@link ErasureAction#ANONYMISE}: the technique
 * ({@code placeholder})
 * @param legalBasis for {@link ErasureAction#RETAIN}: the law that requires keeping the
 * data
 * @param retainUntil for {@link ErasureAction#RETAIN}: until when it may be kept
 */
public record CategoryInstruction(String category, ErasureAction action, String technique, String legalBasis,
		LocalDate retainUntil) {

	public CategoryInstruction {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(action, "action");
	}

	public static CategoryInstruction erase(String category) {
		return new CategoryInstruction(category, ErasureAction.ERASE, null, null, null);
	}

	public static CategoryInstruction anonymise(String category, String technique) {
		return new CategoryInstruction(category, ErasureAction.ANONYMISE, technique, null, null);
	}

	public static CategoryInstruction retain(String category, String legalBasis, LocalDate until) {
		return new CategoryInstruction(category, ErasureAction.RETAIN, null, legalBasis, until);
	}

}
