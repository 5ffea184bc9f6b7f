package org.oubli.export.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;

/** What makes a page contradictory: the problems, without any of its content. */
final class PageChecks {

	private PageChecks() {
	}

	static List<String> problemsOf(RecordsQuery query, RecordsPage page) {
		List<String> problems = new ArrayList<>();
		if (page == null) {
			return List.of("empty answer");
		}
		if (!Objects.equals(query.requestId(), page.requestId())) {
			problems.add("answers another request");
		}
		if (!Objects.equals(query.system(), page.system())) {
			problems.add("answers as another system");
		}
		if (!Objects.equals(query.category(), page.category())) {
			problems.add("answers another category");
		}
		if (page.records().size() > query.limit()) {
			problems.add(page.records().size() + " records for a limit of " + query.limit());
		}
		if (page.records().stream().anyMatch(Objects::isNull)) {
			problems.add("a record is null");
		}
		if (page.nextCursor() != null && page.nextCursor().equals(query.cursor())) {
			problems.add("the next cursor repeats the current one");
		}
		return problems;
	}

}
