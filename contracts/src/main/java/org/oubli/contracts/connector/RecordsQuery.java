package org.oubli.contracts.connector;

import org.oubli.contracts.subject.SubjectIdentifiers;

/**
 * Oubli asks a system for one page of what it holds about a subject in one category:
 * {@code POST /dsar/v1/records}. Used to export (access, portability) and, with a small
 * limit, to check after erasure that nothing is left but what is retained.
 *
 * @param requestId the request
 * @param system the system asked
 * @param subject the identifiers the system understands
 * @param category the category
 * @param cursor where the previous page ended, {@code null} for the first page
 * @param limit at most this many records
 */
public record RecordsQuery(String requestId, String system, SubjectIdentifiers subject, String category, String cursor,
		int limit) {

}
