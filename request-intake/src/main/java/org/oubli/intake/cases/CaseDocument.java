package org.oubli.intake.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.oubli.contracts.RequestType;
import org.oubli.intake.deadline.DeadlineClock;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A case as stored in the {@value #COLLECTION} collection, one document per request.
 * Changed only by single-document conditional updates ({@link CaseStore}), never
 * replaced: the outbox relay removes published entries from the same document.
 *
 * @param id the request id
 * @param type the right exercised
 * @param subject who the request is about
 * @param channel how it came in ({@code api}, {@code form}, {@code email},
 * {@code account})
 * @param jurisdiction the deadline policy applied ({@code EU-FR})
 * @param receivedAt when it reached Oubli
 * @param dueOn the statutory due date in the controller's time zone, as of the last
 * change (a paused clock moves it on: see {@link #clock})
 * @param status where it stands
 * @param timeline what happened, one entry per event
 * @param systems per data-holding system, once the erasure started
 * @param outbox events not yet published
 * @param processedEventIds the events already applied
 * @param version incremented by every change, for conditional updates
 * @param defaultJurisdiction whether the default policy was applied because no policy
 * covers the subject's country (or none was given)
 * @param clock the deadline clock (paused or running, days paused, extended), or
 * {@code null} for a case stored before clocks were kept (running from receipt)
 * @param details what the subject told besides who they are, or {@code null}
 * @param complaint the acknowledgement timer of a formal complaint, or {@code null}
 * @param closure how the case ended outside the automated path, or {@code null}
 * @param linkedTo the open request this one repeats ({@link CaseStatus#LINKED}), or
 * {@code null}
 * @param openKey the key held in {@code open_case_keys} while the case is open, or
 * {@code null}
 */
@org.springframework.data.mongodb.core.mapping.Document(CaseDocument.COLLECTION)
public record CaseDocument(@Id String id, RequestType type, CaseSubject subject, String channel, String jurisdiction,
		Instant receivedAt, LocalDate dueOn, CaseStatus status, List<TimelineEntry> timeline,
		List<SystemProgress> systems, @Field(Outbox.FIELD) List<Document> outbox,
		@Field(ProcessedEvents.FIELD) List<String> processedEventIds, long version, boolean defaultJurisdiction,
		DeadlineClock clock, RequestDetails details, Complaint complaint, Closure closure, String linkedTo,
		String openKey) {

	/** The collection. */
	public static final String COLLECTION = "cases";

	@PersistenceCreator
	public CaseDocument {
		timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
		systems = (systems != null) ? List.copyOf(systems) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		processedEventIds = (processedEventIds != null) ? List.copyOf(processedEventIds) : List.of();
	}

	/** A case without the fields added for jurisdictions, clocks and staff tasks. */
	public CaseDocument(String id, RequestType type, CaseSubject subject, String channel, String jurisdiction,
			Instant receivedAt, LocalDate dueOn, CaseStatus status, List<TimelineEntry> timeline,
			List<SystemProgress> systems, List<Document> outbox, List<String> processedEventIds, long version) {
		this(id, type, subject, channel, jurisdiction, receivedAt, dueOn, status, timeline, systems, outbox,
				processedEventIds, version, false, null, null, null, null, null, null);
	}

	public boolean hasProcessed(String eventId) {
		return this.processedEventIds.contains(eventId);
	}

	/** The same case with a deadline clock. */
	public CaseDocument withClock(DeadlineClock newClock) {
		return new CaseDocument(this.id, this.type, this.subject, this.channel, this.jurisdiction, this.receivedAt,
				this.dueOn, this.status, this.timeline, this.systems, this.outbox, this.processedEventIds, this.version,
				this.defaultJurisdiction, newClock, this.details, this.complaint, this.closure, this.linkedTo,
				this.openKey);
	}

	@Override
	public String toString() {
		return "CaseDocument[" + this.id + ", " + this.type + ", " + this.status + ", version " + this.version + "]";
	}

}
