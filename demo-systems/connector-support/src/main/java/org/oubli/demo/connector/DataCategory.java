package org.oubli.demo.connector;

import java.util.Collection;
import java.util.Set;

import org.oubli.contracts.connector.CategoryInstruction;
import org.oubli.contracts.connector.CategoryOutcome;
import org.oubli.contracts.connector.ErasureAction;

/**
 * One category of personal data this system holds, as Oubli's registry names it, and the
 * one action the system takes on it when asked to erase a subject. Beans are applied in
 * their {@code @Order}.
 */
public interface DataCategory {

	/** The category name ({@code account}, {@code listings}...). */
	String name();

	/** The action this system takes on the category. */
	ErasureAction action();

	/** For {@link ErasureAction#ANONYMISE}: the techniques this system knows. */
	default Set<String> techniques() {
		return Set.of();
	}

	/** How many records of the category the accounts have now. */
	long count(Collection<String> accountIds);

	/**
	 * Carries out the instruction on the accounts' records. Must be repeatable: a second
	 * call finds less or nothing to do and does no harm.
	 * @return what was done, without personal data
	 */
	CategoryOutcome apply(CategoryInstruction instruction, Collection<String> accountIds);

	/**
	 * One page of the accounts' records in this category, for an export (access,
	 * portability) or a check after erasure: {@code POST /dsar/v1/records}. Records come
	 * in a stable order; the cursor is this system's own and opaque to Oubli.
	 * {@link MongoRecords} pages through collections.
	 * @param accountIds the subject's accounts
	 * @param cursor the previous page's {@code nextCursor}, {@code null} for the first
	 * @param limit at most this many records (at least 1)
	 * @return the page
	 * @throws InvalidCursorException for a cursor this category did not hand out
	 */
	default RecordSlice pageOf(Collection<String> accountIds, String cursor, int limit) {
		throw new UnsupportedOperationException("category " + name() + " does not list its records");
	}

}
