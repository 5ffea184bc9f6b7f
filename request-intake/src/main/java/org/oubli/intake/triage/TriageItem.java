package org.oubli.intake.triage;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.PersonalData;
import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message a person must look at, stored in {@value #COLLECTION}. Its sender, subject,
 * text and raw bytes are the subject's data, kept only until a person resolves or
 * dismisses the item (then they are removed and only the outcome stays).
 *
 * @param id the item id (a UUID derived from the message, so a message read twice makes
 * one item)
 * @param kind {@code TRIAGE} (readable, not placed with confidence) or
 * {@code UNPROCESSABLE} (not readable)
 * @param status open, resolved or dismissed
 * @param source where it came from ({@code email})
 * @param receivedAt when Oubli read it
 * @param sender the sender's address, or {@code null} if it has no valid one
 * @param subject the subject line (at most {@value #MAX_SUBJECT} characters)
 * @param text the new text of the message, quoted history and signature removed (at most
 * {@value #MAX_TEXT} characters)
 * @param language the language of the text
 * @param suggestedTypes the types the classifier saw, for the person
 * @param reasons why it is here, in plain English
 * @param attachments the attachments noted (name, type, size), not their content
 * @param size the message size in bytes
 * @param raw the raw message of an unprocessable one, capped
 * @param resolution what the person decided, once decided
 * @param version incremented by every change
 */
@Document(TriageItem.COLLECTION)
@PersonalData
public record TriageItem(@Id String id, Kind kind, Status status, String source, Instant receivedAt, String sender,
		String subject, String text, Language language, List<RequestType> suggestedTypes, List<String> reasons,
		List<AttachmentNote> attachments, long size, byte[] raw, Resolution resolution, long version) {

	public static final String COLLECTION = "triage";

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_TEXT = 20_000;

	public TriageItem {
		suggestedTypes = (suggestedTypes != null) ? List.copyOf(suggestedTypes) : List.of();
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	@Override
	public String toString() {
		return "TriageItem[" + this.id + ", " + this.kind + ", " + this.status + "]";
	}

	/** Readable but not placed, or not readable at all. */
	public enum Kind {

		TRIAGE, UNPROCESSABLE

	}

	/** Where the item stands. */
	public enum Status {

		OPEN, RESOLVED, DISMISSED

	}

	/**
	 * An attachment, noted and not kept.
	 *
	 * @param name its file name, or {@code null}
	 * @param type its MIME type
	 * @param size its size in bytes
	 */
	public record AttachmentNote(String name, String type, long size) {

	}

	/**
	 * What a person decided.
	 *
	 * @param at when
	 * @param types the request types opened (empty when dismissed)
	 * @param requestIds the requests opened
	 * @param dismissReason why it was dismissed, or {@code null}
	 */
	public record Resolution(Instant at, List<RequestType> types, List<String> requestIds, String dismissReason) {

	}

}
