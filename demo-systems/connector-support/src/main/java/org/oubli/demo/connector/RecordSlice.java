package org.oubli.demo.connector;

import java.util.List;
import java.util.Map;

/**
 * One page of a category's records as a {@link DataCategory} returns it.
 *
 * @param records the records, as JSON-ready maps (strings, numbers, booleans, lists,
 * maps)
 * @param nextCursor where the next page starts, {@code null} on the last page
 */
public record RecordSlice(List<Map<String, Object>> records, String nextCursor) {

	public RecordSlice {
		records = List.copyOf(records);
	}

}
