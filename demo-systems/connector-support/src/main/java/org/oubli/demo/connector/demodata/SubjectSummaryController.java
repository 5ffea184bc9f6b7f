package org.oubli.demo.connector.demodata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oubli.demo.connector.ConnectedSystem;
import org.oubli.demo.connector.DataCategory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /demo/subjects/{accountId}}: how many records of each category this system
 * holds for an account. Counts only, no personal data; handy in the dev stack to watch an
 * erasure happen.
 */
@RestController
class SubjectSummaryController {

	/** The answer. */
	record SubjectSummary(String system, String accountId, Map<String, Long> categories) {
	}

	private final ConnectedSystem system;

	private final List<DataCategory> categories;

	SubjectSummaryController(ConnectedSystem system, List<DataCategory> categories) {
		this.system = system;
		this.categories = categories;
	}

	@GetMapping("/demo/subjects/{accountId}")
	SubjectSummary summary(@PathVariable String accountId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.categories.forEach((category) -> counts.put(category.name(), category.count(Set.of(accountId))));
		return new SubjectSummary(this.system.systemId(), accountId, counts);
	}

}
