package org.oubli.export.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.events.EventEnvelope;
import org.oubli.contracts.events.ExportJobOpened;
import org.oubli.contracts.events.IdentityVerified;
import org.oubli.kit.outbox.Outbox;
import org.oubli.kit.outbox.OutboxRelay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Opens an export job for each verified access or portability request, once (the request
 * id is the document id), with the subject it is for, and hands it to the
 * {@link ExportRunner}.
 */
@Service
class ExportJobs {

	static final String COLLECTION = JobStore.COLLECTION;

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	private static final Set<RequestType> EXPORT_TYPES = Set.of(RequestType.ACCESS, RequestType.PORTABILITY);

	private final MongoTemplate mongo;

	private final Outbox outbox;

	private final OutboxRelay relay;

	private final Clock clock;

	private final ExportRunner runner;

	ExportJobs(MongoTemplate mongo, Outbox outbox, OutboxRelay relay, Clock clock, ExportRunner runner) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.relay = relay;
		this.clock = clock;
		this.runner = runner;
	}

	/**
	 * Opens the job of a verified request, once.
	 * @param envelope the {@code IdentityVerified} event
	 * @return whether a job was opened now (false for other request types and repeats)
	 */
	boolean open(EventEnvelope envelope) {
		IdentityVerified verified = (IdentityVerified) envelope.payload();
		if (!EXPORT_TYPES.contains(verified.type())) {
			return false;
		}
		EventEnvelope opened = EventEnvelope.wrap(
				new ExportJobOpened(verified.requestId(), verified.type(), this.clock.instant()), envelope,
				"export-worker", this.clock.instant());
		List<EventEnvelope> events = new ArrayList<>(List.of(opened));
		Document job = new Document("_id", verified.requestId()).append("type", verified.type().name())
			.append("status", JobStatus.OPEN.name())
			.append("subject", JobSubject.toDocument(verified.subject()))
			.append("attempt", 0)
			.append("openedAt", java.util.Date.from(this.clock.instant()))
			.append(Outbox.FIELD, this.outbox.entries(events));
		try {
			this.mongo.insert(job, COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			log.debug("Export job of request {} already open", verified.requestId());
			return false;
		}
		this.relay.wakeUp();
		log.info("Opened {} export job for request {}", verified.type(), verified.requestId());
		this.runner.submit(verified.requestId());
		return true;
	}

}
