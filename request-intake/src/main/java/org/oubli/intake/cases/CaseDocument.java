package org.oubli.intake.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.oubli.contracts.RequestType;
import org.oubli.kit.mongo.ProcessedEvents;
import org.oubli.kit.outbox.Outbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A case as stored in the {@value #COLLECTION} collection, one document per request.
 * Changed only by single-document conditional updates ({@link CaseStore}), never
 * replaced: the outbox relay removes published entries from the same document.
 *
 * @param id the request id
 * @param type the right exercised
 * @param subject who the request is about
 * @param channel how it came in ({@code api})
 * @param jurisdiction the deadline policy applied ({@code EU-FR})
 * @param receivedAt when it reached Oubli
 * @param dueOn the statutory due date in the controller's time zone
 * @param status where it stands
 * @param timeline what happened, one entry per event
 * @param systems per data-holding system, once the erasure started
 * @param outbox events not yet published
 * @param processedEventIds the events already applied
 * @param version incremented by every change, for conditional updates
 */
@org.springframework.data.mongodb.core.mapping.Document(CaseDocument.COLLECTION)
public record CaseDocument(@Id String id, RequestType type, CaseSubject subject, String channel, String jurisdiction,
		Instant receivedAt, LocalDate dueOn, CaseStatus status, List<TimelineEntry> timeline,
		List<SystemProgress> systems, @Field(Outbox.FIELD) List<Document> outbox,
		@Field(ProcessedEvents.FIELD) List<String> processedEventIds, long version) {

	/** The collection. */
	public static final String COLLECTION = "cases";

	public CaseDocument {
		timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
		systems = (systems != null) ? List.copyOf(systems) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		processedEventIds = (processedEventIds != null) ? List.copyOf(processedEventIds) : List.of();
	}

	public boolean hasProcessed(String eventId) {
		return this.processedEventIds.contains(eventId);
	}

	@Override
	public String toString() {
		return "CaseDocument[" + this.id + ", " + this.type + ", " + this.status + ", version " + this.version + "]";
	}

}
