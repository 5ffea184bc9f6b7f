package org.oubli.export.collect;

import java.net.URI;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;

/** Where records pages come from: the systems over HTTP, or a fake in tests. */
public interface RecordsSource {

	/**
	 * One checked page: it answers the query (same request, system and category), holds
	 * no more records than asked for and fits the size limit.
	 * @param baseUrl the system's base URL
	 * @param query the query
	 * @return the page
	 * @throws CollectionFailedException when no trustworthy page came after the retries
	 */
	RecordsPage page(URI baseUrl, RecordsQuery query);

}
