package org.oubli.intake.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.oubli.intake.deadline.ClockState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.SlaState;
import org.oubli.intake.cases.CaseDocument;
import org.oubli.kit.outbox.Outbox;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The watchdog's view of the {@code cases} collection: it reads only the fields it needs
 * and writes only {@value #FIELD} (and the outbox), with a single-document update
 * conditional on what it read, so it never clobbers a change made meanwhile by the case
 * tracking (which never replaces a document either).
 */
@Component
public class SlaCases {

	/** The field holding a case's SLA state (an {@link SlaState} name). */
	public static final String FIELD = "slaState";

	private static final List<String> READ = List.of("_id", "type", "status", "jurisdiction", "receivedAt", "dueOn",
			"clock", FIELD);

	private static final Logger log = LoggerFactory.getLogger(SlaCases.class);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	public SlaCases(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** Every case not in a terminal state. */
	public List<OpenCase> openCases() {
		Query query = Query.query(open());
		READ.forEach((field) -> query.fields().include(field));
		List<OpenCase> cases = new ArrayList<>();
		for (Document document : this.mongo.find(query, Document.class, CaseDocument.COLLECTION)) {
			try {
				cases.add(toOpenCase(document));
			}
			catch (RuntimeException ex) {
				log.warn("Case {} cannot be read for its SLA state ({})", document.get("_id"),
						ex.getClass().getSimpleName());
			}
		}
		return cases;
	}

	/**
	 * Stores a new SLA state, with its event if any, provided the case is still as read
	 * (same status, due date and stored state).
	 * @return {@code false} if the case changed since it was read
	 */
	public boolean changeState(OpenCase read, SlaState to, List<EventEnvelope> events) {
		Criteria criteria = Criteria.where("_id")
			.is(read.requestId())
			.and("status")
			.is(read.status())
			.and("dueOn")
			.is(read.dueOn().toString())
			.and(FIELD)
			.is((read.slaState() != null) ? read.slaState().name() : null);
		Update update = new Update().set(FIELD, to.name());
		this.outbox.append(update, events);
		return this.mongo.updateFirst(Query.query(criteria), update, CaseDocument.COLLECTION).getMatchedCount() == 1;
	}

	/**
	 * Open cases by stored SLA state; a case not classified yet (opened since the last
	 * run) counts as on track, so the counts add up to the open cases.
	 */
	public Map<SlaState, Long> countByState() {
		Map<SlaState, Long> counts = new EnumMap<>(SlaState.class);
		for (SlaState state : SlaState.values()) {
			Criteria stored = (state == SlaState.ON_TRACK) ? Criteria.where(FIELD).in(state.name(), null)
					: Criteria.where(FIELD).is(state.name());
			counts.put(state,
					this.mongo.count(Query.query(new Criteria().andOperator(open(), stored)), CaseDocument.COLLECTION));
		}
		return counts;
	}

	private static Criteria open() {
		return Criteria.where("status").nin(SlaClassifier.TERMINAL_STATUSES);
	}

	private static OpenCase toOpenCase(Document document) {
		String stored = document.getString(FIELD);
		Object receivedAt = document.get("receivedAt");
		return new OpenCase(document.getString("_id"), RequestType.valueOf(document.getString("type")),
				document.getString("status"), document.getString("jurisdiction"),
				(receivedAt instanceof java.util.Date date) ? date.toInstant() : null,
				LocalDate.parse(document.getString("dueOn")), paused(document),
				(stored != null) ? SlaState.valueOf(stored) : null);
	}

	/**
	 * Whether the case's statutory clock is not counting: {@code PAUSED} while identity
	 * is awaited (GDPR), or {@code AWAITING_START} where it only starts at verification
	 * (UK). A case stored before clocks were kept runs from receipt.
	 */
	static boolean paused(Document document) {
		Document clock = document.get("clock", Document.class);
		String state = (clock != null) ? clock.getString("state") : null;
		return ClockState.PAUSED.name().equals(state) || ClockState.AWAITING_START.name().equals(state);
	}

}
