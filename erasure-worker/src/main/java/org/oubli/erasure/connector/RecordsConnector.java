package org.oubli.erasure.connector;

import org.oubli.contracts.connector.RecordsQuery;

/**
 * Asks one http data-holding system what it holds about a subject in one category
 * ({@code POST /dsar/v1/records}), for post-erasure verification.
 */
public interface RecordsConnector {

	/**
	 * Asks for the first page, retrying as configured for the system; never throws.
	 * @param query the query, addressed to {@code query.system()}
	 * @return the page, "not supported", or a failure with its reason
	 */
	RecordsOutcome firstPage(RecordsQuery query);

}
