package org.oubli.contracts.events;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.RequestType;

/**
 * Every system asked over the connector answered in full, and the archive is ready to be
 * downloaded: the case can be completed.
 *
 * @param requestId the request
 * @param type access or portability
 * @param collected the ids of the systems whose records are in the archive
 * @param askedSeparately the ids of the systems without a records endpoint (manual,
 * processors), named in the summary as asked separately
 * @param records how many records the archive holds
 * @param completedAt when
 */
public record ExportCompleted(String requestId, RequestType type, List<String> collected, List<String> askedSeparately,
		long records, Instant completedAt) implements OubliEvent {

	public ExportCompleted {
		collected = (collected != null) ? List.copyOf(collected) : List.of();
		askedSeparately = (askedSeparately != null) ? List.copyOf(askedSeparately) : List.of();
	}

}
