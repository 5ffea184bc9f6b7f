package org.oubli.export.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.contracts.subject.Subject;

/**
 * What goes into one archive.
 *
 * @param requestId the request
 * @param type access (data, summary) or portability (data only)
 * @param subject whose data
 * @param collected the systems asked over {@code POST /dsar/v1/records}, in order
 * @param askedSeparately the systems without a records endpoint, named in the summary
 * @param createdAt when the archive is made
 */
public record ArchiveRequest(String requestId, RequestType type, Subject subject, List<CollectedSystem> collected,
		List<SystemDescriptor> askedSeparately, Instant createdAt) {

	public ArchiveRequest {
		collected = List.copyOf(collected);
		askedSeparately = List.copyOf(askedSeparately);
	}

	/**
	 * A system with a records endpoint.
	 *
	 * @param descriptor its registry entry
	 * @param baseUrl where its endpoint is
	 */
	public record CollectedSystem(SystemDescriptor descriptor, URI baseUrl) {
	}

}
