package org.oubli.demo.connector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.kit.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dsar/v1/records}: one page of what this system holds about a subject in
 * one of its categories, for Oubli's exports (access, portability) and checks after
 * erasure. A subject this system does not know gets an empty last page. A query not
 * addressed to this system, for a category it does not hold, with a limit outside
 * {@code 1..oubli.connector.records.max-limit} (default 1000) or a cursor it did not hand
 * out is a 400 problem that echoes none of the subject's data. Reading changes nothing,
 * so no idempotency key is needed.
 */
@RestController
class RecordsController {

	private static final Logger log = LoggerFactory.getLogger(RecordsController.class);

	private final ConnectedSystem system;

	private final SubjectDirectory directory;

	private final List<DataCategory> categories;

	private final int maxLimit;

	RecordsController(ConnectedSystem system, SubjectDirectory directory, List<DataCategory> categories,
			@Value("${oubli.connector.records.max-limit:1000}") int maxLimit) {
		this.system = system;
		this.directory = directory;
		this.categories = categories;
		this.maxLimit = maxLimit;
	}

	@PostMapping(path = "/dsar/v1/records", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	RecordsPage records(@RequestBody RecordsQuery query) {
		if (!this.system.systemId().equals(query.system())) {
			throw new InvalidInputException("system", "this is system " + this.system.systemId());
		}
		if (query.subject() == null || query.subject().email() == null) {
			throw new InvalidInputException("subject.email", "required");
		}
		if (query.limit() < 1 || query.limit() > this.maxLimit) {
			throw new InvalidInputException("limit", "must be between 1 and " + this.maxLimit);
		}
		DataCategory category = categoryNamed(query.category())
			.orElseThrow(() -> new InvalidInputException("category", "unknown category; this system holds "
					+ String.join(", ", this.categories.stream().map(DataCategory::name).toList())));
		Set<String> accountIds = this.directory.accountIdsOf(query.subject());
		if (accountIds.isEmpty()) {
			return new RecordsPage(query.requestId(), this.system.systemId(), category.name(), List.of(), null);
		}
		RecordSlice slice = category.pageOf(accountIds, query.cursor(), query.limit());
		log.debug("Request {}: {} records of {}", query.requestId(), slice.records().size(), category.name());
		return new RecordsPage(query.requestId(), this.system.systemId(), category.name(), slice.records(),
				slice.nextCursor());
	}

	private Optional<DataCategory> categoryNamed(String name) {
		return this.categories.stream().filter((category) -> category.name().equals(name)).findFirst();
	}

}
