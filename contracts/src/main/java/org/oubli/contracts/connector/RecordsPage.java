package org.oubli.contracts.connector;

import java.util.List;
import java.util.Map;

/**
 * One page of a subject's records in one category.
 *
 * @param requestId the request
 * @param system the answering system
 * @param category the category
 * @param records the records, as flat or nested JSON objects
 * @param nextCursor where the next page starts, {@code null} on the last page
 */
public record RecordsPage(String requestId, String system, String category, List<Map<String, Object>> records,
		String nextCursor) {

	public RecordsPage {
		records = (records != null) ? List.copyOf(records) : List.of();
	}

}
