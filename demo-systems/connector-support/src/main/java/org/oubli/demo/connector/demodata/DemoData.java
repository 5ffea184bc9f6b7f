package org.oubli.demo.connector.demodata;

import java.time.Instant;
import java.util.List;

/**
 * One system's demo data, seeded by what {@link DemoSupport} brings: the indexes its
 * queries need and, for an empty database, the records of the five demo people.
 */
public interface DemoData {

	/** The fields to index, made sure of at every start. */
	List<IndexedField> indexes();

	/**
	 * The documents of the demo people themselves (profiles, customers, members): while
	 * their collection holds anything, nothing is seeded.
	 */
	Class<?> people();

	/**
	 * The records to insert into an empty database, one list per collection, in the order
	 * they are inserted.
	 * @param now the time of seeding, to the second
	 */
	List<List<?>> records(Instant now);

	/**
	 * An ascending single-field index.
	 *
	 * @param type the document
	 * @param field the indexed field
	 */
	record IndexedField(Class<?> type, String field) {
	}

}
