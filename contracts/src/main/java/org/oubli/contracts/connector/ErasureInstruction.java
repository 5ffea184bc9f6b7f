package org.oubli.contracts.connector;

import java.util.List;

import org.oubli.contracts.subject.SubjectIdentifiers;

/**
 * What Oubli asks one data-holding system to do for one request. The body of
 * {@code POST /dsar/v1/erasures} and of {@code ErasureRequested} on the erasure topic.
 *
 * @param requestId the request
 * @param systemId the system addressed
 * @param idempotencyKey request id + system id + action: a repeat must have no further
 * effect
 * @param subject whom to look up
 * @param categories the action per data category
 */
public record ErasureInstruction(String requestId, String systemId, String idempotencyKey, SubjectIdentifiers subject,
		List<CategoryInstruction> categories) {

	public static String idempotencyKeyOf(String requestId, String systemId) {
		return requestId + ":" + systemId + ":erase";
	}

}
