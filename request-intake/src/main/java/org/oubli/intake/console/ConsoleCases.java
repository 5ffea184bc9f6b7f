package org.oubli.intake.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.intake.cases.CaseStatus;
import org.oubli.intake.cases.SystemProgress;
import org.oubli.intake.deadline.ClockState;
import org.oubli.intake.deadline.DeadlinePolicies;
import org.oubli.intake.deadline.DeadlinePolicy;
import org.oubli.intake.request.CaseViews;
import org.oubli.intake.sla.OpenCase;
import org.oubli.intake.sla.SlaCases;
import org.oubli.intake.sla.SlaClassifier;
import org.oubli.intake.sla.SlaProperties;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The console's reading of the {@code cases} collection: the queue (filtered, sorted by
 * days left, with SLA states worked out as of today by the watchdog's own
 * {@link SlaClassifier}) and the counts per status and per SLA state.
 */
@Component
class ConsoleCases {

	/** At most this many cases are read for one queue page (filters narrow it). */
	static final int MAX_READ = 5_000;

	private final MongoTemplate mongo;

	private final SlaCases slaCases;

	private final CaseViews views;

	private final DeadlinePolicies policies;

	private final SlaClassifier classifier;

	private final Clock clock;

	ConsoleCases(MongoTemplate mongo, SlaCases slaCases, CaseViews views, DeadlinePolicies policies, SlaProperties sla,
			Clock clock) {
		this.mongo = mongo;
		this.slaCases = slaCases;
		this.views = views;
		this.policies = policies;
		this.classifier = new SlaClassifier(sla.atRiskDays());
		this.clock = clock;
	}

	/**
	 * One line of the queue: nothing that names the subject but the masked address.
	 *
	 * @param requestId the request
	 * @param type the right
	 * @param status where it stands
	 * @param channel how it came in
	 * @param jurisdiction the deadline policy
	 * @param receivedAt when it came in
	 * @param dueOn the due date as of today
	 * @param daysLeft days left to it, negative when overdue
	 * @param sla the SLA state as of today, {@code null} once ended
	 * @param subject the masked address
	 * @param systems the systems it was sent to
	 */
	record Row(String requestId, RequestType type, CaseStatus status, String channel, String jurisdiction,
			Instant receivedAt, LocalDate dueOn, long daysLeft, SlaState sla, String subject, List<String> systems) {

		public String slaName() {
			return (this.sla != null) ? this.sla.name().toLowerCase(Locale.ROOT) : null;
		}

	}

	/**
	 * A page of the queue.
	 *
	 * @param rows the cases of this page
	 * @param matching how many cases match the filters
	 * @param page this page, from 1
	 * @param pages how many pages
	 * @param truncated whether more cases matched than were read ({@link #MAX_READ})
	 */
	record QueuePage(List<Row> rows, int matching, int page, int pages, boolean truncated) {

	}

	QueuePage queue(QueueFilter filter, int pageSize) {
		List<Criteria> criteria = new ArrayList<>();
		if (filter.status() != null) {
			criteria.add(Criteria.where("status").is(filter.status().name()));
		}
		else if (!filter.includesEnded()) {
			criteria.add(Criteria.where("status").nin(SlaClassifier.TERMINAL_STATUSES));
		}
		if (filter.type() != null) {
			criteria.add(Criteria.where("type").is(filter.type().name()));
		}
		if (filter.jurisdiction() != null) {
			criteria.add(Criteria.where("jurisdiction").is(filter.jurisdiction()));
		}
		if (filter.channel() != null) {
			criteria.add(Criteria.where("channel").is(filter.channel()));
		}
		if (filter.system() != null) {
			criteria.add(Criteria.where("systems.systemId").is(filter.system()));
		}
		Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
		query.with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(MAX_READ + 1);
		List<CaseDocument> found = this.mongo.find(query, CaseDocument.class);
		boolean truncated = found.size() > MAX_READ;
		List<Row> rows = new ArrayList<>();
		for (CaseDocument stored : found.subList(0, Math.min(found.size(), MAX_READ))) {
			Row row = row(stored);
			if (filter.sla() == null || filter.sla() == row.sla()) {
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing((Row row) -> row.status().isTerminal())
			.thenComparingLong(Row::daysLeft)
			.thenComparing(Row::receivedAt, Comparator.nullsLast(Comparator.naturalOrder())));
		int size = Math.max(1, pageSize);
		int pages = Math.max(1, (rows.size() + size - 1) / size);
		int page = Math.min(filter.page(), pages);
		List<Row> shown = rows.subList((page - 1) * size, Math.min(rows.size(), page * size));
		return new QueuePage(List.copyOf(shown), rows.size(), page, pages, truncated);
	}

	/** Every case per status (all statuses, zero included). */
	Map<CaseStatus, Long> countsByStatus() {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status,
					this.mongo.count(Query.query(Criteria.where("status").is(status.name())), CaseDocument.COLLECTION));
		}
		return counts;
	}

	/** Open cases per SLA state as of today (the watchdog's classification). */
	Map<String, Long> countsBySla() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (SlaState state : SlaState.values()) {
			counts.put(state.name().toLowerCase(Locale.ROOT), 0L);
		}
		for (OpenCase open : this.slaCases.openCases()) {
			Optional<SlaState> state = this.classifier.classify(open.status(), open.dueOn(), open.paused(),
					policy(open.jurisdiction()).today(this.clock));
			state.ifPresent((sla) -> counts.merge(sla.name().toLowerCase(Locale.ROOT), 1L, Long::sum));
		}
		return counts;
	}

	/** The queue line of one case. */
	Row row(CaseDocument stored) {
		DeadlinePolicy policy = policy(stored.jurisdiction());
		LocalDate dueOn = this.views.dueOn(stored);
		long daysLeft = (dueOn != null) ? policy.daysLeft(dueOn, this.clock) : Long.MAX_VALUE;
		SlaState sla = (dueOn != null)
				? this.classifier.classify(stored.status().name(), dueOn, paused(stored), policy.today(this.clock))
					.orElse(null)
				: null;
		return new Row(stored.id(), stored.type(), stored.status(), stored.channel(), stored.jurisdiction(),
				stored.receivedAt(), dueOn, daysLeft, sla,
				Masked.address((stored.subject() != null) ? stored.subject().email() : null),
				stored.systems().stream().map(SystemProgress::systemId).toList());
	}

	private DeadlinePolicy policy(String jurisdiction) {
		return this.policies.find(jurisdiction).orElseGet(() -> this.policies.all().get(0));
	}

	private static boolean paused(CaseDocument stored) {
		return stored.clock() != null
				&& (stored.clock().state() == ClockState.PAUSED || stored.clock().state() == ClockState.AWAITING_START);
	}

}
