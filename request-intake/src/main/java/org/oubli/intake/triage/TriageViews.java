package org.oubli.intake.triage;

import java.time.Instant;
import java.util.List;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.subject.Language;

/** What the staff API shows of triage items. */
final class TriageViews {

	private static final int LIST_SUBJECT = 80;

	private TriageViews() {
	}

	/**
	 * One item in a list: the sender masked, the subject shortened, no text.
	 */
	record Summary(String id, TriageItem.Kind kind, TriageItem.Status status, String source, Instant receivedAt,
			String sender, String subject, Language language, List<RequestType> suggestedTypes, List<String> reasons,
			int attachments, long size) {

		static Summary of(TriageItem item) {
			String subject = item.subject();
			if (subject != null && subject.length() > LIST_SUBJECT) {
				subject = subject.substring(0, LIST_SUBJECT) + "…";
			}
			return new Summary(item.id(), item.kind(), item.status(), item.source(), item.receivedAt(),
					MaskedAddress.of(item.sender()), subject, item.language(), item.suggestedTypes(), item.reasons(),
					item.attachments().size(), item.size());
		}

	}

	/**
	 * One item in full, for the person deciding: the sender, the new text of the message,
	 * the attachments noted. The raw bytes of an unprocessable message are not served
	 * here, only their size.
	 */
	record Detail(String id, TriageItem.Kind kind, TriageItem.Status status, String source, Instant receivedAt,
			String sender, String subject, String text, Language language, List<RequestType> suggestedTypes,
			List<String> reasons, List<TriageItem.AttachmentNote> attachments, long size, int rawBytesKept,
			TriageItem.Resolution resolution) {

		static Detail of(TriageItem item) {
			return new Detail(item.id(), item.kind(), item.status(), item.source(), item.receivedAt(), item.sender(),
					item.subject(), item.text(), item.language(), item.suggestedTypes(), item.reasons(),
					item.attachments(), item.size(), (item.raw() != null) ? item.raw().length : 0, item.resolution());
		}

		@Override
		public String toString() {
			return "Detail[" + this.id + "]";
		}

	}

}
